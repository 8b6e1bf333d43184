// The comparison of two assessments: who each side is, the overall and article scores, the
// divergent questions first, both unit profiles and their differences as charts (each with a
// summary and a table), then every question side by side, unit by unit. Presentational: it gets
// the engine's comparison, so component tests can give it fixtures.
import { useId, useState, type ComponentProps, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { allUnits, findQuestion, localize, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import type { AssessmentComparison, QuestionComparison, UnitComparison } from '@/domain/compare'
import { DIVERGENCE_THRESHOLD, shownDifference } from '@/domain/scoring'
import { Choice } from '@/lib/ui/form-fields'
import { href, paths } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { Tag } from '@/lib/ui/tag'
import { ChartFrame } from '@/lib/ui/chart-frame'
import {
  COMPARE_CHART_LOOK,
  LazyDifferenceBars,
  LazyProfileRadar,
} from '@/features/compare/charts/lazy-charts'
import {
  formatChangeIn,
  formatDateIn,
  formatDifferenceIn,
  formatScoreIn,
} from '@/lib/ui/score-format'
import { assessmentLabel, sideLabel } from '@/features/compare/labels'
import { DivergentTag, QuestionPair, questionElementId } from '@/features/compare/question-pair'
import '@/lib/ui/data-table.css'
import '@/features/compare/compare.css'

export interface ComparisonViewProps {
  questionnaireA: Questionnaire
  questionnaireB: Questionnaire
  first: Assessment
  second: Assessment
  comparison: AssessmentComparison
  /** Language of the questionnaire text and of number formatting. */
  language: string
}

interface UnitGroup {
  unit: UnitComparison
  title: string
  questions: QuestionComparison[]
  divergentCount: number
}

function unitTitles(
  questionnaires: readonly Questionnaire[],
  language: string,
): Map<string, string> {
  const titles = new Map<string, string>()
  for (const q of questionnaires) {
    for (const { unit } of allUnits(q))
      if (!titles.has(unit.id)) titles.set(unit.id, localize(unit.title, language))
  }
  return titles
}

/** Units in questionnaire order: those with divergent questions first, then those whose unit
 * scores diverge, then the rest. */
function unitGroups(comparison: AssessmentComparison, titles: Map<string, string>): UnitGroup[] {
  const groups = comparison.units.map((unit) => {
    // comparison.questions is already divergent-first, then in questionnaire order.
    const questions = comparison.questions.filter((q) => q.unitId === unit.unitId)
    return {
      unit,
      title: titles.get(unit.unitId) ?? '',
      questions,
      divergentCount: questions.filter((q) => q.divergent).length,
    }
  })
  const weight = (g: UnitGroup) => (g.divergentCount > 0 ? 0 : g.unit.divergent ? 1 : 2)
  return groups
    .map((g, order) => ({ g, order }))
    .sort((x, y) => weight(x.g) - weight(y.g) || x.order - y.order)
    .map(({ g }) => g)
}

function focusQuestion(questionId: string): void {
  const el = document.getElementById(questionElementId(questionId))
  if (!el) return
  el.focus({ preventScroll: true })
  el.scrollIntoView?.({ block: 'start' })
}

interface ScorePair {
  a: number | null
  b: number | null
  divergent: boolean
}

/** The "Divergent" tag after a difference, when the pair diverges. */
function divergentMark(divergent: boolean): ReactNode {
  return divergent ? (
    <>
      {' '}
      <DivergentTag />
    </>
  ) : null
}

/** One row of a score table: both scores and their difference as shown. */
function PairRow({
  heading,
  pair,
  language,
  missing,
  ...row
}: {
  heading: ReactNode
  pair: ScorePair
  language: string
  /** Words for a side without a score; "–" when not given. */
  missing?: string
} & Omit<ComponentProps<'tr'>, 'children'>) {
  const score = (v: number | null) =>
    v === null && missing !== undefined ? missing : formatScoreIn(language, v)
  return (
    <tr {...row}>
      <th scope="row">{heading}</th>
      <td>{score(pair.a)}</td>
      <td>{score(pair.b)}</td>
      <td>
        {formatChangeIn(language, pair.a, pair.b)}
        {divergentMark(pair.divergent)}
      </td>
    </tr>
  )
}

export function ComparisonView({
  questionnaireA,
  questionnaireB,
  first,
  second,
  comparison,
  language,
}: ComparisonViewProps) {
  const { t } = useTranslation()
  const [onlyDivergent, setOnlyDivergent] = useState(false)
  const filterId = useId()
  const fmt = (v: number | null | undefined) => formatScoreIn(language, v)
  /** A pair's difference as the reader can check it from the two rounded scores shown. */
  const diff = (p: { a: number | null; b: number | null }) => formatChangeIn(language, p.a, p.b)
  const firstLabel = sideLabel(first, t)
  const secondLabel = sideLabel(second, t)
  const titles = unitTitles([questionnaireA, questionnaireB], language)
  const groups = unitGroups(comparison, titles)
  const divergent = comparison.questions.filter((q) => q.divergent)
  const questionOf = (id: string) =>
    (findQuestion(questionnaireA, id) ?? findQuestion(questionnaireB, id))?.question
  const sameState = first.meta.state.trim().toLowerCase() === second.meta.state.trim().toLowerCase()
  const title = sameState
    ? t('compare.resultTitle', { state: first.meta.state })
    : t('compare.resultTitleTwoStates', { a: first.meta.state, b: second.meta.state })

  const both = comparison.units.filter((u) => u.difference !== null)
  const firstHigher = both.filter((u) => (u.difference ?? 0) < 0).length
  const secondHigher = both.filter((u) => (u.difference ?? 0) > 0).length
  const largest = both.reduce<UnitComparison | undefined>(
    (best, u) => (!best || Math.abs(u.difference ?? 0) > Math.abs(best.difference ?? 0) ? u : best),
    undefined,
  )
  const unmatched = comparison.unmatched.onlyInA.length + comparison.unmatched.onlyInB.length
  const versionsDiffer = comparison.a.questionnaire.version !== comparison.b.questionnaire.version

  const tableHead = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {/* The sides are described above the tables; their full names are read out here but not
            shown, so a narrow screen keeps room for the unit and the scores. */}
        <th scope="col">
          {t('compare.first')}
          <span className="visually-hidden">: {firstLabel}</span>
        </th>
        <th scope="col">
          {t('compare.second')}
          <span className="visually-hidden">: {secondLabel}</span>
        </th>
        <th scope="col">{t('compare.difference')}</th>
      </tr>
    </thead>
  )

  const unitTable = (
    <table className="data-table">
      <caption>{t('compare.tableCaption')}</caption>
      {tableHead(t('compare.unit'))}
      <tbody>
        {comparison.units.map((u) => (
          <PairRow
            key={u.unitId}
            data-testid={`cmp-unit-row-${u.unitId}`}
            heading={`${u.unitId} ${titles.get(u.unitId) ?? ''}`}
            pair={u}
            language={language}
            missing={t('compare.notScored')}
          />
        ))}
      </tbody>
    </table>
  )

  return (
    <div className="cmp">
      <p>
        <a className="back-link" href={href(paths.compare())}>
          {t('compare.chooseOther')}
        </a>
      </p>
      <PageHeading title={title}>{title}</PageHeading>

      <section className="cmp-sides" aria-label={t('compare.sidesLabel')}>
        {(
          [
            ['first', first],
            ['second', second],
          ] as const
        ).map(([which, a]) => (
          <div
            key={which}
            className={`cmp-side cmp-side--${which}`}
            data-testid={`cmp-side-${which}`}
          >
            <p className="cmp-side__which">{t(`compare.${which}`)}</p>
            <p className="cmp-side__label">
              <Tag tone={a.meta.respondent === 'shadow' ? 'purple' : 'blue'}>
                {t(`respondent.${a.meta.respondent}`)}
              </Tag>{' '}
              {a.meta.organisation}
            </p>
            <p className="cmp-side__detail">
              {t('compare.sideDetail', {
                state: a.meta.state,
                from: formatDateIn(language, a.meta.period.from),
                to: formatDateIn(language, a.meta.period.to),
              })}
            </p>
            {a.name?.trim() && a.name.trim() !== a.meta.state ? (
              <p className="cmp-side__detail">
                {t('compare.sideName', { name: assessmentLabel(a) })}
              </p>
            ) : null}
          </div>
        ))}
      </section>

      {!sameState ? (
        <p className="cmp-note cmp-note--warning">
          {t('compare.differentStates', { a: first.meta.state, b: second.meta.state })}
        </p>
      ) : null}
      {first.meta.respondent === second.meta.respondent ? (
        <p className="cmp-note">
          {t('compare.sameRespondent', { respondent: t(`respondent.${first.meta.respondent}`) })}
        </p>
      ) : null}
      {versionsDiffer ? (
        <p className="cmp-note cmp-note--warning">
          {t('compare.versions', {
            a: comparison.a.questionnaire.version,
            b: comparison.b.questionnaire.version,
          })}
        </p>
      ) : null}

      <section className="cmp-section" aria-labelledby="cmp-summary">
        <h2 id="cmp-summary">{t('compare.summaryHeading')}</h2>
        <p className="cmp-count" data-testid="cmp-divergent-count" data-count={divergent.length}>
          {divergent.length === 0
            ? t('compare.noDivergent', { threshold: DIVERGENCE_THRESHOLD })
            : t('compare.divergentCount', {
                count: divergent.length,
                total: comparison.questions.length,
              })}
        </p>
        <p className="cmp-rule">{t('compare.rule', { threshold: DIVERGENCE_THRESHOLD })}</p>
        <div className="data-table-wrap">
          <table className="data-table">
            <caption>{t('compare.articlesCaption')}</caption>
            {tableHead(t('compare.article'))}
            <tbody>
              <PairRow
                className="data-table__total"
                heading={t('compare.overall')}
                pair={comparison.overall}
                language={language}
              />
              {comparison.articles.map((a) => (
                <PairRow
                  key={a.articleId}
                  heading={t('compare.articleShort', { id: a.articleId })}
                  pair={a}
                  language={language}
                />
              ))}
            </tbody>
          </table>
        </div>

        {divergent.length > 0 ? (
          <>
            <h3>{t('compare.divergentListHeading')}</h3>
            <ul className="cmp-divergent-list" data-testid="cmp-divergent-list">
              {divergent.map((q) => (
                <li key={q.questionId}>
                  <a
                    href={`#${questionElementId(q.questionId)}`}
                    onClick={(e) => {
                      // The hash holds the route, so the link moves focus itself.
                      e.preventDefault()
                      setOnlyDivergent(false)
                      focusQuestion(q.questionId)
                    }}
                  >
                    {t('compare.goToQuestion', { id: q.questionId })}
                  </a>{' '}
                  <span className="cmp-divergent-list__detail">
                    (
                    {q.divergenceReason
                      ? t(`compare.reason.${q.divergenceReason}`, {
                          threshold: DIVERGENCE_THRESHOLD,
                        })
                      : ''}
                    {q.difference !== null
                      ? `; ${formatChangeIn(language, q.a.score, q.b.score)}`
                      : ''}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="cmp-section" aria-labelledby="cmp-profiles">
        <h2 id="cmp-profiles">{t('compare.profileHeading')}</h2>
        <ChartFrame
          look={COMPARE_CHART_LOOK}
          title={t('compare.radarTitle')}
          summary={
            both.length === 0
              ? t('compare.radarSummaryNone')
              : t('compare.radarSummary', {
                  both: both.length,
                  total: comparison.units.length,
                  firstHigher,
                  secondHigher,
                  level: both.length - firstHigher - secondHigher,
                })
          }
          chart={
            <LazyProfileRadar
              data={comparison.units.map((u) => ({ unitId: u.unitId, first: u.a, second: u.b }))}
              firstLabel={t('compare.radarLegendFirst', {
                label: t(`respondent.${first.meta.respondent}`),
              })}
              secondLabel={t('compare.radarLegendSecond', {
                label: t(`respondent.${second.meta.respondent}`),
              })}
              formatTick={(v) => fmt(v)}
            />
          }
          table={unitTable}
        />
        <ChartFrame
          look={COMPARE_CHART_LOOK}
          title={t('compare.differenceTitle')}
          summary={
            largest
              ? t('compare.differenceSummary', {
                  unit: largest.unitId,
                  difference: diff(largest),
                  count: comparison.units.filter((u) => u.divergent).length,
                  threshold: DIVERGENCE_THRESHOLD,
                })
              : t('compare.differenceSummaryNone')
          }
          chart={
            <LazyDifferenceBars
              data={comparison.units.map((u) => ({
                unitId: u.unitId,
                difference: shownDifference(u.a, u.b),
              }))}
              threshold={DIVERGENCE_THRESHOLD}
              differenceLabel={t('compare.difference')}
              thresholdLabel={t('compare.thresholdLabel', { threshold: DIVERGENCE_THRESHOLD })}
              formatValue={(v) => formatDifferenceIn(language, v)}
            />
          }
          table={unitTable}
        />
      </section>

      <section className="cmp-section" aria-labelledby="cmp-questions">
        <h2 id="cmp-questions">{t('compare.questionsHeading')}</h2>
        <p>{t('compare.questionsIntro')}</p>
        <Choice
          id={filterId}
          type="checkbox"
          label={t('compare.onlyDivergent')}
          checked={onlyDivergent}
          onChange={(e) => setOnlyDivergent(e.target.checked)}
        />
        {groups.map((g) => {
          const shown = onlyDivergent ? g.questions.filter((q) => q.divergent) : g.questions
          if (onlyDivergent && shown.length === 0 && !g.unit.divergent) return null
          return (
            <section
              key={g.unit.unitId}
              className="cmp-unit"
              aria-labelledby={`cmp-unit-${g.unit.unitId}`}
              data-unit-id={g.unit.unitId}
            >
              <h3 id={`cmp-unit-${g.unit.unitId}`} className="cmp-unit__title">
                {t('compare.unitHeading', { id: g.unit.unitId, title: g.title })}
              </h3>
              <p className="cmp-unit__scores">
                {t('compare.unitScores', {
                  a: fmt(g.unit.a),
                  b: fmt(g.unit.b),
                  difference: diff(g.unit),
                })}
                {divergentMark(g.unit.divergent)}
                {g.divergentCount > 0 ? (
                  <span className="cmp-unit__count">
                    {' '}
                    · {t('compare.unitDivergentCount', { count: g.divergentCount })}
                  </span>
                ) : null}
              </p>
              {shown.length === 0 ? <p>{t('compare.noQuestionsShown')}</p> : null}
              {shown.map((item) => (
                <QuestionPair
                  key={item.questionId}
                  item={item}
                  question={questionOf(item.questionId)}
                  first={first}
                  second={second}
                  language={language}
                />
              ))}
            </section>
          )
        })}
      </section>

      {unmatched > 0 || versionsDiffer ? (
        <section className="cmp-section" aria-labelledby="cmp-unmatched">
          <h2 id="cmp-unmatched">{t('compare.unmatchedHeading')}</h2>
          {unmatched === 0 ? <p>{t('compare.noUnmatched')}</p> : null}
          {comparison.unmatched.onlyInA.length > 0 ? (
            <p>{t('compare.onlyInFirst', { ids: comparison.unmatched.onlyInA.join(', ') })}</p>
          ) : null}
          {comparison.unmatched.onlyInB.length > 0 ? (
            <p>{t('compare.onlyInSecond', { ids: comparison.unmatched.onlyInB.join(', ') })}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
