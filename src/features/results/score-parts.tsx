// Small pieces every results section uses to show a score: the number out of 100 with its band
// in words (never colour alone), and the coverage beside it.
import { useTranslation } from 'react-i18next'
import type { BandId, Coverage } from '@/domain/scoring'
import type { DescribeAnswerOptions } from '@/lib/ui/answer-text'
import { href, paths } from '@/lib/ui/navigation'
import { formatScoreIn, formatShare } from '@/lib/ui/score-format'

/**
 * How the results lists word an answer: with their own catalog phrases, and "not applicable"
 * without its reason.
 */
export const RESULTS_WORDING: DescribeAnswerOptions = { keys: 'results.answer', withReason: false }

export function ScoreWithBand({
  score,
  band,
  language,
  size = 'normal',
}: {
  score: number | null
  band: BandId | null
  language: string
  size?: 'normal' | 'large'
}) {
  const { t } = useTranslation()
  if (score === null || band === null) {
    return <span className="results-score results-score--none">{t('results.notAssessed')}</span>
  }
  return (
    <span className={`results-score results-score--${size}`}>
      <span className="results-score__number">
        {t('results.scoreOutOf', { score: formatScoreIn(language, score) })}
      </span>{' '}
      <span className={`results-band results-band--${band}`}>{t(`bands.${band}`)}</span>
    </span>
  )
}

export function CoverageLine({ coverage, language }: { coverage: Coverage; language: string }) {
  const { t } = useTranslation()
  return (
    <span className="results-coverage">
      {t('results.summary.coverage', {
        answered: formatShare(language, coverage.answeredShare),
        evidenced: formatShare(language, coverage.evidenceShare),
      })}
    </span>
  )
}

/** Where a question is answered: its unit page in the workspace, scrolled to the question. */
export function questionHref(assessmentId: string, unitId: string, questionId: string): string {
  return href(paths.unit(assessmentId, unitId, questionId))
}
