// The rounds route: #/rounds shows a form to choose a series (one State, one kind of respondent,
// one questionnaire) and its rounds; #/rounds?ids=<id>,<id>… shows their profile over time,
// overall, by article and by unit, sorted by period. The choice lives in the URL so the view can
// be reloaded and bookmarked.
import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Assessment } from '@/domain/assessment/schema'
import { allUnits, localize, type Questionnaire } from '@/domain/questionnaire'
import { roundsProfile, type RoundSeries, type RoundsProfile } from '@/domain/compare'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { Choice, Fieldset, SelectField } from '@/lib/ui/form-fields'
import { hasRoute, href, navigate, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { useWorkspace } from '@/lib/ui/workspace'
import { ChartFrame } from '@/lib/ui/chart-frame'
import { LazyRoundsLines, ROUNDS_CHART_LOOK } from '@/features/rounds/charts/lazy-charts'
import { formatChangeIn, formatDateIn, formatScoreIn } from '@/lib/ui/score-format'
import '@/lib/ui/data-table.css'
import '@/features/rounds/rounds.css'

const SERIES_ID = 'rounds-series'
const ROUNDS_ID = 'rounds-choice'

export interface Series {
  key: string
  state: string
  respondent: Assessment['meta']['respondent']
  questionnaireId: string
  /** Sorted by period. */
  assessments: Assessment[]
}

const byPeriod = (x: Assessment, y: Assessment) =>
  x.meta.period.from.localeCompare(y.meta.period.from) ||
  x.meta.period.to.localeCompare(y.meta.period.to) ||
  x.createdAt.localeCompare(y.createdAt)

/** Assessments grouped into series that can be shown over time; only series of two or more. */
export function seriesOf(assessments: readonly Assessment[]): Series[] {
  const groups = new Map<string, Series>()
  for (const a of assessments) {
    const key = [a.meta.state.trim().toLowerCase(), a.meta.respondent, a.questionnaire.id].join('|')
    const group = groups.get(key)
    if (group) group.assessments.push(a)
    else {
      groups.set(key, {
        key,
        state: a.meta.state.trim(),
        respondent: a.meta.respondent,
        questionnaireId: a.questionnaire.id,
        assessments: [a],
      })
    }
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
  return [...groups.values()]
    .filter((g) => g.assessments.length >= 2)
    .map((g) => ({ ...g, assessments: [...g.assessments].sort(byPeriod) }))
    .sort((x, y) => collator.compare(x.state, y.state) || x.respondent.localeCompare(y.respondent))
}

function roundLabel(a: Assessment, language: string, t: TFunction): string {
  return t('rounds.roundOption', {
    label: a.name?.trim() || a.meta.state,
    from: formatDateIn(language, a.meta.period.from),
    to: formatDateIn(language, a.meta.period.to),
  })
}

function RoundsPicker({ initialIds }: { initialIds: readonly string[] }) {
  const { t, i18n } = useTranslation()
  const assessments = useWorkspace((s) => s.assessments)
  const series = useMemo(() => seriesOf(Object.values(assessments)), [assessments])
  const initialSeries = series.find((s) => s.assessments.some((a) => initialIds.includes(a.id)))
  const [seriesKey, setSeriesKey] = useState(
    initialSeries?.key ?? (series.length === 1 ? (series[0]?.key ?? '') : ''),
  )
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const start = initialSeries ?? (series.length === 1 ? series[0] : undefined)
    if (!start) return new Set()
    const ids = start.assessments.map((a) => a.id)
    const fromUrl = ids.filter((id) => initialIds.includes(id))
    return new Set(fromUrl.length > 0 ? fromUrl : ids)
  })
  const [errors, setErrors] = useState<FieldError[]>([])
  const [focusKey, setFocusKey] = useState(0)
  const current = series.find((s) => s.key === seriesKey)
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  const firstRoundId = current ? `${ROUNDS_ID}-${current.assessments[0]?.id ?? ''}` : SERIES_ID

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const found: FieldError[] = []
    const ids = current ? current.assessments.map((a) => a.id).filter((id) => chosen.has(id)) : []
    if (!current) found.push({ fieldId: SERIES_ID, message: t('rounds.errorSeries') })
    else if (ids.length < 2) found.push({ fieldId: firstRoundId, message: t('rounds.errorRounds') })
    setErrors(found)
    if (found.length > 0) {
      setFocusKey((k) => k + 1)
      return
    }
    navigate(`${paths.rounds()}?ids=${ids.map(encodeURIComponent).join(',')}`)
  }

  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <p className="lead">{t('rounds.intro')}</p>
      {series.length === 0 ? (
        <p className="rounds-note">{t('rounds.needTwo')}</p>
      ) : (
        <form className="rounds-form" onSubmit={submit} noValidate>
          <SelectField
            id={SERIES_ID}
            label={t('rounds.seriesLabel')}
            hint={t('rounds.seriesHint')}
            error={errorFor(SERIES_ID)}
            value={seriesKey}
            onChange={(e) => {
              const key = e.target.value
              setSeriesKey(key)
              setChosen(
                new Set(series.find((s) => s.key === key)?.assessments.map((a) => a.id) ?? []),
              )
            }}
          >
            <option value="">{t('rounds.choose')}</option>
            {series.map((s) => (
              <option key={s.key} value={s.key}>
                {t('rounds.seriesOption', {
                  state: s.state,
                  respondent: t(`respondent.${s.respondent}`),
                  count: s.assessments.length,
                })}
              </option>
            ))}
          </SelectField>
          {current ? (
            <Fieldset
              id={ROUNDS_ID}
              legend={t('rounds.roundsLegend')}
              hint={t('rounds.roundsHint')}
              error={errorFor(firstRoundId)}
            >
              {current.assessments.map((a) => (
                <Choice
                  key={a.id}
                  id={`${ROUNDS_ID}-${a.id}`}
                  type="checkbox"
                  label={roundLabel(a, i18n.language, t)}
                  checked={chosen.has(a.id)}
                  onChange={(e) => {
                    const next = new Set(chosen)
                    if (e.target.checked) next.add(a.id)
                    else next.delete(a.id)
                    setChosen(next)
                  }}
                />
              ))}
            </Fieldset>
          ) : null}
          <Button type="submit">{t('rounds.show')}</Button>
        </form>
      )}
      {hasRoute('compare') ? (
        <p>
          <a href={href(paths.compare())}>{t('rounds.compareLink')}</a>
        </p>
      ) : null}
    </>
  )
}

interface Row {
  key: string
  label: string
  series: RoundSeries
  kind: 'overall' | 'article' | 'unit'
}

function SeriesTable({
  caption,
  rows,
  roundHeads,
  language,
}: {
  caption: string
  rows: readonly Row[]
  roundHeads: readonly string[]
  language: string
}) {
  const { t } = useTranslation()
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rounds.level')}</th>
          {roundHeads.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            className={row.kind === 'overall' ? 'data-table__total' : undefined}
            data-testid={`rounds-row-${row.key}`}
          >
            <th scope="row">{row.label}</th>
            {row.series.scores.map((score, i) => (
              <td key={i}>
                {i === 0 || row.series.changes[i] === null
                  ? formatScoreIn(language, score)
                  : t('rounds.scoreAndChange', {
                      score: formatScoreIn(language, score),
                      change: formatChangeIn(language, row.series.scores[i - 1], score),
                    })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function firstAndLast(scores: readonly (number | null)[]): {
  first: number | null
  last: number | null
} {
  return { first: scores[0] ?? null, last: scores[scores.length - 1] ?? null }
}

export function RoundsView({
  profile,
  questionnaire,
  language,
}: {
  profile: RoundsProfile
  questionnaire: Questionnaire
  language: string
}) {
  const { t } = useTranslation()
  const unitTitles = new Map(
    allUnits(questionnaire).map(({ unit }) => [unit.id, localize(unit.title, language)]),
  )
  const [unitId, setUnitId] = useState(profile.units[0]?.unitId ?? '')
  const fmt = (v: number | null | undefined) => formatScoreIn(language, v)
  const change = (from: number, to: number) => formatChangeIn(language, from, to)
  const roundHeads = profile.rounds.map(
    (r, i) =>
      t('rounds.roundNumber', { n: i + 1 }) +
      ` (${t('rounds.periodValue', { from: formatDateIn(language, r.period.from), to: formatDateIn(language, r.period.to) })})`,
  )
  // Short labels on the axis: the round's number and the years it covers.
  const axisLabels = profile.rounds.map((r, i) => {
    const from = r.period.from.slice(0, 4)
    const to = r.period.to.slice(0, 4)
    return `${i + 1}: ${from === to ? from : `${from}–${to}`}`
  })
  const overallRow: Row = {
    key: 'overall',
    label: t('rounds.overall'),
    series: profile.overall,
    kind: 'overall',
  }
  const articleRows: Row[] = profile.articles.map((a) => ({
    key: `article-${a.articleId}`,
    label: t('rounds.articleShort', { id: a.articleId }),
    series: a,
    kind: 'article',
  }))
  const unitRows: Row[] = profile.units.map((u) => ({
    key: `unit-${u.unitId}`,
    label: `${u.unitId} ${unitTitles.get(u.unitId) ?? ''}`.trim(),
    series: u,
    kind: 'unit',
  }))
  const overall = firstAndLast(profile.overall.scores)
  const selected = profile.units.find((u) => u.unitId === unitId)
  const selectedEnds = selected ? firstAndLast(selected.scores) : undefined
  const versions = new Set(profile.rounds.map((r) => r.questionnaire.version))

  return (
    <div className="rounds">
      <p>
        <a className="back-link" href={href(paths.rounds())}>
          {t('rounds.chooseOther')}
        </a>
      </p>
      <PageHeading
        caption={t('rounds.resultCaption', {
          respondent: t(`respondent.${profile.respondent}`),
          count: profile.rounds.length,
        })}
      >
        {t('rounds.resultTitle', { state: profile.state })}
      </PageHeading>
      {versions.size > 1 ? <p className="rounds-note">{t('rounds.versionsDiffer')}</p> : null}

      <div className="data-table-wrap">
        <table className="data-table">
          <caption>{t('rounds.roundsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.round')}</th>
              <th scope="col">{t('rounds.period')}</th>
              <th scope="col">{t('rounds.name')}</th>
              <th scope="col">{t('rounds.questionnaireVersion')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.rounds.map((r, i) => (
              <tr key={r.assessmentId}>
                <th scope="row">{t('rounds.roundNumber', { n: i + 1 })}</th>
                <td>
                  {t('rounds.periodValue', {
                    from: formatDateIn(language, r.period.from),
                    to: formatDateIn(language, r.period.to),
                  })}
                </td>
                <td>
                  <a href={href(paths.taskList(r.assessmentId))}>
                    {r.name?.trim() || profile.state}
                  </a>
                </td>
                <td>{r.questionnaire.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="rounds-section" aria-labelledby="rounds-overall">
        <h2 id="rounds-overall">{t('rounds.overallHeading')}</h2>
        <ChartFrame
          look={ROUNDS_CHART_LOOK}
          title={t('rounds.overallChartTitle')}
          summary={
            <>
              {overall.first !== null && overall.last !== null
                ? t('rounds.overallSummary', {
                    first: fmt(overall.first),
                    last: fmt(overall.last),
                    change: change(overall.first, overall.last),
                  })
                : t('rounds.overallSummaryMissing')}{' '}
              {t('rounds.lineStyles')}
            </>
          }
          chart={
            <LazyRoundsLines
              roundLabels={axisLabels}
              series={[overallRow, ...articleRows].map((r) => ({
                key: r.key,
                label: r.label,
                values: r.series.scores,
              }))}
              formatValue={(v) => fmt(v)}
            />
          }
          table={
            <SeriesTable
              caption={t('rounds.tableCaption')}
              rows={[overallRow, ...articleRows]}
              roundHeads={roundHeads}
              language={language}
            />
          }
        />
      </section>

      <section className="rounds-section" aria-labelledby="rounds-units">
        <h2 id="rounds-units">{t('rounds.unitsHeading')}</h2>
        <SelectField
          id="rounds-unit"
          label={t('rounds.unitSelect')}
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
        >
          {profile.units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {`${u.unitId} ${unitTitles.get(u.unitId) ?? ''}`.trim()}
            </option>
          ))}
        </SelectField>
        {selected ? (
          <ChartFrame
            look={ROUNDS_CHART_LOOK}
            title={t('rounds.unitChartTitle', { unit: selected.unitId })}
            summary={
              selectedEnds && selectedEnds.first !== null && selectedEnds.last !== null
                ? t('rounds.unitSummary', {
                    unit: selected.unitId,
                    first: fmt(selectedEnds.first),
                    last: fmt(selectedEnds.last),
                    change: change(selectedEnds.first, selectedEnds.last),
                  })
                : t('rounds.unitSummaryMissing', { unit: selected.unitId })
            }
            chart={
              <LazyRoundsLines
                roundLabels={axisLabels}
                series={[
                  { key: 'overall', label: t('rounds.overall'), values: profile.overall.scores },
                  {
                    key: `unit-${selected.unitId}`,
                    label: `${selected.unitId} ${unitTitles.get(selected.unitId) ?? ''}`.trim(),
                    values: selected.scores,
                  },
                ]}
                formatValue={(v) => fmt(v)}
              />
            }
            table={
              <SeriesTable
                caption={t('rounds.unitsTableCaption')}
                rows={unitRows}
                roundHeads={roundHeads}
                language={language}
              />
            }
          />
        ) : null}
      </section>
    </div>
  )
}

function RoundsLoader({ chosen }: { chosen: readonly Assessment[] }) {
  const { t, i18n } = useTranslation()
  const questionnaireId = chosen[0]?.questionnaire.id
  const state = useQuestionnaire(questionnaireId)
  const questionnaire = state.status === 'ready' ? state.questionnaire : undefined
  const result = useMemo(() => {
    if (!questionnaire) return undefined
    try {
      // The source holds one questionnaire per id, so every round is scored with it; answers to
      // questions it no longer has are left out, and the rounds table names each round's version.
      return {
        ok: true as const,
        profile: roundsProfile(chosen.map((assessment) => ({ questionnaire, assessment }))),
      }
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) }
    }
  }, [questionnaire, chosen])
  if (state.status === 'loading') return <p role="status">{t('rounds.loadingQuestionnaire')}</p>
  if (state.status === 'error' || !result || !result.ok || !questionnaire) {
    return (
      <>
        <PageHeading>{t('rounds.title')}</PageHeading>
        <p role="alert">
          {state.status === 'error' ? state.message : result && !result.ok ? result.message : ''}
        </p>
        <p>
          <a href={href(paths.rounds())}>{t('rounds.chooseOther')}</a>
        </p>
      </>
    )
  }
  return (
    <RoundsView profile={result.profile} questionnaire={questionnaire} language={i18n.language} />
  )
}

export function RoundsScreen({ query }: RouteProps) {
  const { t } = useTranslation()
  const raw = query.get('ids') ?? ''
  const ids = useMemo(
    () =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    [raw],
  )
  const assessments = useWorkspace((s) => s.assessments)
  const chosen = useMemo(
    () => ids.flatMap((id) => (assessments[id] ? [assessments[id]] : [])),
    [ids, assessments],
  )
  const sameSeries =
    chosen.length >= 2 &&
    chosen.length === ids.length &&
    seriesOf(chosen).length === 1 &&
    seriesOf(chosen)[0]?.assessments.length === chosen.length
  if (sameSeries) return <RoundsLoader key={raw} chosen={chosen} />
  return (
    <>
      <p>
        <a className="back-link" href={href(paths.library())}>
          {t('ui.backToLibrary')}
        </a>
      </p>
      <PageHeading>{t('rounds.title')}</PageHeading>
      {ids.length > 0 ? (
        <p className="rounds-note" role="alert">
          {t('rounds.invalidChoice')}
        </p>
      ) : null}
      <RoundsPicker key={raw} initialIds={ids} />
    </>
  )
}
