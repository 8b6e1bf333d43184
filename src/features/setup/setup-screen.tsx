// Set-up of a new assessment, or of an existing one (#/a/<id>/setup). Changing the roles later
// keeps every answer: exclusions are computed from the roles when scoring, never deleted.
import { useEffect, useMemo, useState } from 'react'
import { useForm, type FieldErrors } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { UN_STATES } from '@/domain/states'
import { ROLES, type Questionnaire } from '@/domain/questionnaire/schema'
import { localize } from '@/domain/questionnaire'
import { RESPONDENT_TYPES } from '@/domain/assessment/schema'
import { nativeLanguageName } from '@/lib/i18n'
import { questionnaireKey, useCustomQuestionnaires, useQuestionnaire } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { Choice, Fieldset, SelectField, TextArea, TextField } from '@/lib/ui/form-fields'
import { href, navigate, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { useWorkspace } from '@/lib/ui/workspace'
import {
  FIELD_IDS,
  FIELD_ORDER,
  fromMeta,
  setupSchema,
  toMeta,
  type SetupOutput,
  type SetupValues,
} from '@/features/setup/setup-form'

function summaryErrors(errors: FieldErrors<SetupValues>): FieldError[] {
  return FIELD_ORDER.flatMap((name) => {
    const message = errors[name]?.message
    return typeof message === 'string' ? [{ fieldId: FIELD_IDS[name], message }] : []
  })
}

export function SetupScreen({ params }: RouteProps) {
  const { t, i18n } = useTranslation()
  const editingId = params.id
  const existing = useWorkspace((s) => (editingId ? s.assessments[editingId] : undefined))
  const create = useWorkspace((s) => s.createAssessment)
  const updateMeta = useWorkspace((s) => s.updateMeta)
  const rename = useWorkspace((s) => s.renameAssessment)
  // A new assessment answers the built-in questionnaire unless the user picks one loaded from a
  // file; an existing one keeps the questionnaire it was made with.
  const builtIn = useQuestionnaire()
  const custom = useCustomQuestionnaires()
  const choices: Questionnaire[] = [...(builtIn.status === 'ready' ? [builtIn.questionnaire] : []), ...custom]
  const [chosenKey, setChosenKey] = useState<string>()
  const chosen = existing
    ? undefined
    : (choices.find((q) => questionnaireKey(q.id, q.version) === chosenKey) ?? choices[0])
  const questionnaireState = useQuestionnaire(
    existing?.questionnaire.id ?? chosen?.id,
    existing?.questionnaire.version ?? chosen?.version,
  )
  const questionnaire = questionnaireState.status === 'ready' ? questionnaireState.questionnaire : undefined
  const [focusKey, setFocusKey] = useState(0)
  const schema = useMemo(() => setupSchema(t), [t])
  const { register, handleSubmit, formState, getValues, setValue } = useForm<SetupValues, unknown, SetupOutput>({
    resolver: zodResolver(schema),
    defaultValues: fromMeta(existing?.meta, existing?.name, i18n.language),
    shouldFocusError: false, // the error summary takes focus instead
  })
  const errors = formState.errors
  // The assessment's language must be one the chosen questionnaire is written in.
  const chosenLanguages = existing ? undefined : questionnaire?.languages
  useEffect(() => {
    const first = chosenLanguages?.[0]
    if (first && !chosenLanguages.includes(getValues('language'))) setValue('language', first)
  }, [chosenLanguages, getValues, setValue])
  const err = (name: keyof SetupValues) => {
    const m = errors[name]?.message
    return typeof m === 'string' ? m : undefined
  }

  if (editingId && !existing) {
    return (
      <>
        <PageHeading>{t('ui.assessmentMissingTitle')}</PageHeading>
        <p>
          <a href={href(paths.library())}>{t('ui.backToLibrary')}</a>
        </p>
      </>
    )
  }

  const languages = questionnaire?.languages ?? [existing?.meta.language ?? 'en']
  const onValid = (v: SetupOutput) => {
    if (existing) {
      updateMeta(existing.id, toMeta(v, existing.meta))
      if ((existing.name ?? '') !== v.name.trim()) rename(existing.id, v.name)
      navigate(paths.taskList(existing.id))
      return
    }
    if (!questionnaire) return
    const id = create({
      meta: toMeta(v),
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      ...(v.name.trim() ? { name: v.name.trim() } : {}),
    })
    navigate(paths.taskList(id))
  }

  return (
    <>
      <p>
        <a className="back-link" href={href(existing ? paths.taskList(existing.id) : paths.library())}>
          {t('ui.back')}
        </a>
      </p>
      <PageHeading>{existing ? t('setup.titleEdit') : t('setup.titleNew')}</PageHeading>
      <ErrorSummary errors={summaryErrors(errors)} focusKey={focusKey} />
      {existing ? <p>{t('setup.editNote')}</p> : null}
      <form noValidate onSubmit={handleSubmit(onValid, () => setFocusKey((k) => k + 1))}>
        {!existing && choices.length > 1 ? (
          <Fieldset id="setup-questionnaire" legend={t('questionnaires.setup.legend')} hint={t('questionnaires.setup.hint')}>
            {choices.map((q, i) => {
              const key = questionnaireKey(q.id, q.version)
              const units = q.articles.flatMap((a) => a.units)
              return (
                <Choice
                  key={key}
                  id={`setup-questionnaire-${i}`}
                  type="radio"
                  name="questionnaire"
                  value={key}
                  checked={q === chosen}
                  onChange={() => setChosenKey(key)}
                  label={localize(q.title, i18n.language)}
                  hint={t('questionnaires.setup.option', {
                    id: q.id,
                    version: q.version,
                    content: t('questionnaires.contentValue', {
                      units: t('questionnaires.units', { count: units.length }),
                      questions: t('questionnaires.questions', {
                        count: units.reduce((n, u) => n + u.questions.length, 0),
                      }),
                    }),
                  })}
                />
              )
            })}
          </Fieldset>
        ) : null}
        <TextField
          id={FIELD_IDS.state}
          label={t('setup.state')}
          hint={t('setup.stateHint')}
          error={err('state')}
          list="setup-state-list"
          autoComplete="off"
          className="input--wide"
          {...register('state')}
        />
        <datalist id="setup-state-list">
          {UN_STATES.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>

        <Fieldset id="setup-respondent" legend={t('setup.respondent')} error={err('respondent')}>
          {RESPONDENT_TYPES.map((r) => (
            <Choice
              key={r}
              id={`setup-respondent-${r}`}
              type="radio"
              value={r}
              label={t(`respondent.${r}`)}
              hint={t(`setup.respondentHint.${r}`)}
              {...register('respondent')}
            />
          ))}
        </Fieldset>

        <Fieldset id="setup-roles" legend={t('setup.roles')} hint={t('setup.rolesHint')} error={err('roles')}>
          {ROLES.map((r) => (
            <Choice
              key={r}
              id={`setup-roles-${r}`}
              type="checkbox"
              value={r}
              label={t(`roles.${r}`)}
              hint={t(`setup.roleHint.${r}`)}
              {...register('roles')}
            />
          ))}
        </Fieldset>

        <Fieldset id="setup-period" legend={t('setup.period')} hint={t('setup.periodHint')}>
          <div className="date-range">
            <TextField
              id={FIELD_IDS.periodFrom}
              type="date"
              label={t('setup.periodFrom')}
              error={err('periodFrom')}
              {...register('periodFrom')}
            />
            <TextField
              id={FIELD_IDS.periodTo}
              type="date"
              label={t('setup.periodTo')}
              error={err('periodTo')}
              {...register('periodTo')}
            />
          </div>
        </Fieldset>

        <TextField
          id={FIELD_IDS.organisation}
          label={t('setup.organisation')}
          hint={t('setup.organisationHint')}
          error={err('organisation')}
          autoComplete="organization"
          className="input--wide"
          {...register('organisation')}
        />
        <TextField
          id={FIELD_IDS.author}
          label={t('setup.author')}
          hint={t('setup.authorHint')}
          error={err('author')}
          autoComplete="off"
          className="input--wide"
          {...register('author')}
        />
        <SelectField id={FIELD_IDS.language} label={t('setup.language')} hint={t('setup.languageHint')} error={err('language')} {...register('language')}>
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {nativeLanguageName(l)}
            </option>
          ))}
        </SelectField>
        <TextArea
          id={FIELD_IDS.confidentialityNote}
          label={t('setup.confidentiality')}
          hint={t('setup.confidentialityHint')}
          error={err('confidentialityNote')}
          {...register('confidentialityNote')}
        />
        <TextField
          id={FIELD_IDS.name}
          label={t('setup.name')}
          hint={t('setup.nameHint')}
          error={err('name')}
          autoComplete="off"
          className="input--wide"
          {...register('name')}
        />
        <div className="button-group">
          <Button type="submit" disabled={!existing && !questionnaire}>
            {existing ? t('setup.submitEdit') : t('setup.submitNew')}
          </Button>
        </div>
        {!existing && questionnaireState.status === 'error' ? (
          <p className="error-message">{questionnaireState.message}</p>
        ) : null}
      </form>
    </>
  )
}
