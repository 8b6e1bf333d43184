// The Method page (#/method): the scoring rule in plain words with a worked example. Everything
// shown comes from the scoring module's describeMethod(), which builds its sentences from the
// engine's constants and computes the example with the engine itself, so the page cannot say
// something the code does not do.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '@/lib/ui/page-heading'
import { describeMethod, formatDecimal, type MethodDescription } from '@/domain/scoring'
import '@/features/method/method.css'

export function MethodView({
  method,
  requestedLanguage,
}: {
  method: MethodDescription
  /** The language the reader asked for; the method may only exist in English. */
  requestedLanguage: string
}) {
  const { t } = useTranslation()
  const { example, language } = method
  const dash = '–'
  const num = (value: number) => formatDecimal(value, language)
  // describeMethod falls back to English for a language it has no wording for; say so.
  const fellBack = language !== (requestedLanguage.split('-')[0] ?? requestedLanguage)
  return (
    <div className="method">
      <PageHeading>{method.title}</PageHeading>
      {fellBack && <p className="method-note">{t('method.englishOnly')}</p>}
      <div lang={language}>
        <p className="method-intro">{method.intro}</p>

        {method.steps.map((step, index) => (
          <section key={step.id} aria-labelledby={`method-step-${step.id}`} className="method-step">
            <h2 id={`method-step-${step.id}`}>
              {index + 1}. {step.title}
            </h2>
            {step.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {step.id === 'bands' && (
              <table className="method-table">
                <caption>{t('method.bandsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('method.bandColumn')}</th>
                    <th scope="col">{t('method.rangeColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {method.bands.map((band, index) => (
                    <tr key={band.id}>
                      <th scope="row">{band.label}</th>
                      {/* Only the first band includes its lower bound (methodology: 0–20, >20–40, …). */}
                      <td>{`${index === 0 ? '' : '>'}${num(band.from)}–${num(band.to)}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}

        <section aria-labelledby="method-example" className="method-step">
          <h2 id="method-example">{example.title}</h2>
          <p>{example.intro}</p>
          <div className="method-table-wrap">
            <table className="method-table">
              <caption>{t('method.exampleCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('method.questionColumn')}</th>
                  <th scope="col">{t('method.typeColumn')}</th>
                  <th scope="col">{t('method.answerColumn')}</th>
                  <th scope="col">{t('method.evidenceColumn')}</th>
                  <th scope="col">{t('method.weightColumn')}</th>
                  <th scope="col">{t('method.rawColumn')}</th>
                  <th scope="col">{t('method.scoreColumn')}</th>
                  <th scope="col">{t('method.noteColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {example.rows.map((row) => (
                  <tr key={row.questionId}>
                    <th scope="row">{row.question}</th>
                    <td>{t(`indicators.${row.indicator}`)}</td>
                    <td>{row.answer}</td>
                    <td>{row.evidence ? t('method.yes') : t('method.no')}</td>
                    <td>{num(row.weight)}</td>
                    <td>{row.rawScore === null ? dash : num(row.rawScore)}</td>
                    <td>{row.score === null ? t('method.leftOut') : num(row.score)}</td>
                    <td>{row.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('method.calculationHeading')}</h3>
          <ol className="method-calculation">
            {example.calculation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <p className="method-conclusion">{example.conclusion}</p>
        </section>
      </div>
    </div>
  )
}

/** Route component for #/method. */
export default function MethodPage() {
  const { i18n } = useTranslation()
  const method = useMemo(() => describeMethod(i18n.language), [i18n.language])
  return <MethodView method={method} requestedLanguage={i18n.language} />
}
