// The Method page (#/method): the scoring rule in plain words with a worked example. Everything
// shown comes from the scoring module's describeMethod(), which builds its sentences from the
// engine's constants and computes the example with the engine itself, so the page cannot say
// something the code does not do.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '@/lib/ui/page-heading'
import { describeMethod, formatDecimal, type MethodDescription } from '@/domain/scoring'
import '@/features/method/method.css'

/** The method text is written in English only; it is marked as such for screen readers. */
const METHOD_LANGUAGE = 'en'

export function MethodView({ method }: { method: MethodDescription }) {
  const { t, i18n } = useTranslation()
  const { example } = method
  const dash = '–'
  return (
    <div className="method">
      <PageHeading>{method.title}</PageHeading>
      {i18n.language !== METHOD_LANGUAGE && (
        <p className="method-note">{t('method.englishOnly')}</p>
      )}
      <div lang={METHOD_LANGUAGE}>
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
                      <td>{`${index === 0 ? '' : '>'}${band.from}–${band.to}`}</td>
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
                    <td>{formatDecimal(row.weight)}</td>
                    <td>{row.rawScore === null ? dash : formatDecimal(row.rawScore)}</td>
                    <td>{row.score === null ? t('method.leftOut') : formatDecimal(row.score)}</td>
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
  const method = useMemo(() => describeMethod(), [])
  return <MethodView method={method} />
}
