// The compare route: #/compare shows a form to choose two assessments; #/compare?a=<id>&b=<id>
// compares them. The choice lives in the URL so a comparison can be reloaded and bookmarked.
import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Assessment } from '@/domain/assessment/schema'
import { compareAssessments } from '@/domain/compare'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { Fieldset, SelectField } from '@/lib/ui/form-fields'
import { hasRoute, href, navigate, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { useWorkspace } from '@/lib/ui/workspace'
import { ComparisonView } from '@/features/compare/comparison-view'
import { optionLabel, pickerOrder } from '@/features/compare/labels'
import '@/features/compare/compare.css'

const FIRST_ID = 'compare-first'
const SECOND_ID = 'compare-second'

/** What the form finds wrong with a choice, field by field, in the order of the form. */
export function validateChoice(
  firstId: string,
  secondId: string,
  assessments: Readonly<Record<string, Assessment>>,
  t: TFunction,
): FieldError[] {
  const errors: FieldError[] = []
  const first = assessments[firstId]
  const second = assessments[secondId]
  if (!first) errors.push({ fieldId: FIRST_ID, message: t('compare.errorFirst') })
  if (!second) errors.push({ fieldId: SECOND_ID, message: t('compare.errorSecond') })
  if (first && second && firstId === secondId)
    errors.push({ fieldId: SECOND_ID, message: t('compare.errorSame') })
  else if (first && second && first.questionnaire.id !== second.questionnaire.id) {
    errors.push({ fieldId: SECOND_ID, message: t('compare.errorQuestionnaire') })
  }
  return errors
}

/** The State's self-assessment goes first whenever the other side is a shadow assessment. */
export function orderSides(first: Assessment, second: Assessment): [Assessment, Assessment] {
  return first.meta.respondent === 'shadow' && second.meta.respondent === 'state'
    ? [second, first]
    : [first, second]
}

function ComparePicker({
  initialFirst,
  initialSecond,
}: {
  initialFirst: string
  initialSecond: string
}) {
  const { t, i18n } = useTranslation()
  const assessments = useWorkspace((s) => s.assessments)
  const [firstId, setFirstId] = useState(initialFirst)
  const [secondId, setSecondId] = useState(initialSecond)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [focusKey, setFocusKey] = useState(0)
  const list = pickerOrder(Object.values(assessments))
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const found = validateChoice(firstId, secondId, assessments, t)
    setErrors(found)
    if (found.length > 0) {
      setFocusKey((k) => k + 1)
      return
    }
    const a = assessments[firstId]
    const b = assessments[secondId]
    if (!a || !b) return
    const [x, y] = orderSides(a, b)
    navigate(paths.compare(x.id, y.id))
  }

  const options = list.map((a) => (
    <option key={a.id} value={a.id}>
      {optionLabel(a, i18n.language, t)}
    </option>
  ))

  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <p className="lead">{t('compare.intro')}</p>
      {list.length < 2 ? (
        <p className="cmp-note">{t('compare.needTwo')}</p>
      ) : (
        <form className="cmp-form" onSubmit={submit} noValidate>
          <Fieldset id="compare-choice" legend={t('compare.formLegend')}>
            <SelectField
              id={FIRST_ID}
              label={t('compare.firstLabel')}
              hint={t('compare.firstHint')}
              error={errorFor(FIRST_ID)}
              value={firstId}
              onChange={(e) => setFirstId(e.target.value)}
            >
              <option value="">{t('compare.choose')}</option>
              {options}
            </SelectField>
            <SelectField
              id={SECOND_ID}
              label={t('compare.secondLabel')}
              error={errorFor(SECOND_ID)}
              value={secondId}
              onChange={(e) => setSecondId(e.target.value)}
            >
              <option value="">{t('compare.choose')}</option>
              {options}
            </SelectField>
          </Fieldset>
          <Button type="submit">{t('compare.submit')}</Button>
        </form>
      )}
      {hasRoute('rounds') ? (
        <p>
          <a href={href(paths.rounds())}>{t('compare.roundsLink')}</a>
        </p>
      ) : null}
    </>
  )
}

function ComparisonLoader({ first, second }: { first: Assessment; second: Assessment }) {
  const { t, i18n } = useTranslation()
  const stateA = useQuestionnaire(first.questionnaire.id, first.questionnaire.version)
  const stateB = useQuestionnaire(second.questionnaire.id, second.questionnaire.version)
  const qa = stateA.status === 'ready' ? stateA.questionnaire : undefined
  const qb = stateB.status === 'ready' ? stateB.questionnaire : undefined
  const comparison = useMemo(
    () => (qa && qb ? compareAssessments(qa, first, qb, second) : undefined),
    [qa, qb, first, second],
  )
  if (!qa || !qb || !comparison) {
    const error =
      stateA.status === 'error'
        ? stateA.message
        : stateB.status === 'error'
          ? stateB.message
          : undefined
    // While loading, no heading yet: the comparison's own heading takes the navigation focus.
    if (!error) return <p role="status">{t('compare.loadingQuestionnaire')}</p>
    return (
      <>
        <PageHeading>{t('compare.title')}</PageHeading>
        <p role="alert">{error}</p>
      </>
    )
  }
  return (
    <ComparisonView
      questionnaireA={qa}
      questionnaireB={qb}
      first={first}
      second={second}
      comparison={comparison}
      language={i18n.language}
    />
  )
}

export function CompareScreen({ query }: RouteProps) {
  const { t } = useTranslation()
  const aId = query.get('a') ?? ''
  const bId = query.get('b') ?? ''
  const first = useWorkspace((s) => (aId ? s.assessments[aId] : undefined))
  const second = useWorkspace((s) => (bId ? s.assessments[bId] : undefined))
  if (first && second && aId !== bId)
    return <ComparisonLoader key={`${aId}|${bId}`} first={first} second={second} />
  return (
    <>
      <p>
        <a className="back-link" href={href(paths.library())}>
          {t('ui.backToLibrary')}
        </a>
      </p>
      <PageHeading>{t('compare.title')}</PageHeading>
      {aId || bId ? (
        <p className="cmp-note cmp-note--warning" role="alert">
          {t('compare.missing')}
        </p>
      ) : null}
      <ComparePicker
        key={`${aId}|${bId}`}
        initialFirst={first ? aId : ''}
        initialSecond={second ? bId : ''}
      />
    </>
  )
}
