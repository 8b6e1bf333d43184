// The results screens show exactly the engine's numbers for a fixture assessment: overall and
// article scores with bands, unit scores, coverage, red flags, transparency findings, gap order,
// filters and targets.
import { describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { formatScore, scoreAssessment, type AssessmentScore } from '@/domain/scoring'
import type { Assessment } from '@/domain/assessment/schema'
import { ResultsView } from '@/features/results/results-view'
import { assessment, questionnaire } from './fixtures'

// The whole results page renders in each test; the shared test machines can be slow.
vi.setConfig({ testTimeout: 30_000 })

const pct = (share: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(share)

function renderResults(a: Assessment = assessment): AssessmentScore {
  const score = scoreAssessment(questionnaire, a)
  render(<ResultsView questionnaire={questionnaire} assessment={a} score={score} language="en" />)
  return score
}

describe('summary', () => {
  test('overall score, band, coverage and red flag count are the engine’s', () => {
    const score = renderResults()
    const overall = within(screen.getByTestId('overall'))
    expect(score.overall.score).not.toBeNull()
    expect(overall.getByText(`${formatScore(score.overall.score)} out of 100`)).toBeInTheDocument()
    expect(
      overall.getByText(
        score.overall.band === 'not-aligned' ? 'not aligned' : String(score.overall.band),
      ),
    ).toBeInTheDocument()
    expect(
      overall.getByText(
        `${pct(score.overall.coverage.answeredShare)} of applicable questions answered, ${pct(score.overall.coverage.evidenceShare)} with evidence`,
      ),
    ).toBeInTheDocument()
    expect(score.overall.redFlags).toHaveLength(1)
    expect(overall.getByText('1 red flag')).toBeInTheDocument()
  })

  test('each article shows its own score and band', () => {
    const score = renderResults()
    for (const article of score.articles) {
      const card = within(screen.getByTestId(`article-${article.articleId}`))
      expect(card.getByText(`${formatScore(article.score)} out of 100`)).toBeInTheDocument()
      expect(
        card.getByText(
          `${article.redFlags.length} red ${article.redFlags.length === 1 ? 'flag' : 'flags'}`,
        ),
      ).toBeInTheDocument()
    }
  })

  test('red flags and transparency findings link to their questions, and the rule links to the method', () => {
    renderResults()
    const redFlag = screen.getByRole('link', { name: 'Go to question 8.2-P1' })
    expect(redFlag).toHaveAttribute('href', '#/a/fixture-assessment/unit/8.2?q=8.2-P1')
    expect(screen.getByRole('heading', { name: 'Transparency findings' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to question 8.2-O1' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'How scores are calculated' })).toHaveAttribute(
      'href',
      '#/method',
    )
    expect(
      screen.getByText(/an answer above 50 counts for 50 until evidence is attached/),
    ).toBeInTheDocument()
  })

  test('an example is marked as one; a self-assessment has no transparency findings section', () => {
    renderResults()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Example')
    screen.getByText(/built-in example about a fictional State/)
  })

  test('a self-assessment that is not an example shows neither mark', () => {
    renderResults({
      ...assessment,
      meta: { ...assessment.meta, respondent: 'state', example: false },
    })
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Example')
    expect(screen.queryByRole('heading', { name: 'Transparency findings' })).toBeNull()
  })
})

describe('profile', () => {
  test('unit rows carry the engine’s scores, and a unit that is not assessed says so instead of 0', () => {
    const score = renderResults()
    const unit = score.units.find((u) => u.unitId === '7.1')
    // By hand: structural 100, process 75 capped to 50, outcome 0.35 of 0.7 → 50; (100+50+50)/3.
    expect(formatScore(unit?.score)).toBe('67')
    const cells = within(screen.getByTestId('unit-row-7.1'))
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(cells).toEqual([
      formatScore(unit?.score),
      'substantial',
      formatScore(unit?.subScores.structural),
      formatScore(unit?.subScores.process),
      formatScore(unit?.subScores.outcome),
      `${pct(unit?.coverage.answeredShare ?? NaN)} of applicable questions answered, ${pct(unit?.coverage.evidenceShare ?? NaN)} with evidence`,
    ])

    const notAssessed = within(screen.getByTestId('unit-row-9.1(a)'))
    expect(
      notAssessed.getByText(
        /not assessed: more than half of its questions are marked not applicable/,
      ),
    ).toBeInTheDocument()
    expect(notAssessed.queryByText('0')).toBeNull()
  })

  test('the radar summary names the strongest and weakest units and those not assessed', () => {
    renderResults()
    expect(screen.getByText(/^4 of 5 units are assessed\./)).toHaveTextContent(
      'Not assessed: 9.1(a).',
    )
  })

  test('article sub-score rows equal the engine’s sub-scores', () => {
    const score = renderResults()
    for (const article of score.articles) {
      const row = within(screen.getByTestId(`article-row-${article.articleId}`))
      const cells = row.getAllByRole('cell').map((c) => c.textContent)
      expect(cells).toEqual([
        formatScore(article.subScores.structural),
        formatScore(article.subScores.process),
        formatScore(article.subScores.outcome),
        formatScore(article.score),
      ])
    }
  })
})

describe('gaps', () => {
  test('are listed in the engine’s order, critical first, with score and evidence state', () => {
    const score = renderResults()
    const items = screen.getAllByTestId('gap')
    expect(items.map((li) => within(li).getAllByRole('link')[0]?.textContent)).toEqual(
      score.gaps.map((g) => g.questionId),
    )
    expect(score.gaps[0]?.critical).toBe(true)
    expect(within(items[0] as HTMLElement).getByText('Critical')).toBeInTheDocument()
    items.forEach((li, i) => {
      expect(within(li).getByTestId('gap-score')).toHaveTextContent(
        formatScore(score.gaps[i]?.score),
      )
    })
    const capped = items.find((li) => within(li).queryByRole('link', { name: '7.1-P1' }))
    expect(capped).toBeDefined()
    expect(
      within(capped as HTMLElement).getByText('unevidenced: would score 75, capped at 50'),
    ).toBeInTheDocument()
    expect(
      within(capped as HTMLElement).getByText('Level 3: Applied routinely'),
    ).toBeInTheDocument()
    expect(
      within(capped as HTMLElement).getByText('Recommendation to development partners'),
    ).toBeInTheDocument()
  })

  test('filter by article and by addressee', async () => {
    const user = userEvent.setup()
    const score = renderResults()
    await user.selectOptions(screen.getByLabelText('Article'), 'Article 8: domestic measures')
    const article8 = score.gaps.filter((g) => g.articleId === '8')
    expect(screen.getAllByTestId('gap')).toHaveLength(article8.length)
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing ${article8.length} of ${score.gaps.length} gaps.`,
    )

    await user.selectOptions(
      screen.getByLabelText('Recommendation addressed to'),
      'other stakeholders',
    )
    const both = article8.filter((g) => g.addressee === 'other-stakeholders')
    expect(both.length).toBeGreaterThan(0)
    expect(screen.getAllByTestId('gap')).toHaveLength(both.length)

    await user.selectOptions(screen.getByLabelText('Article'), 'Article 7: cooperation')
    expect(screen.queryAllByTestId('gap')).toHaveLength(0)
    expect(screen.getByText('No gap matches these filters.')).toBeInTheDocument()
  })
})

describe('targets', () => {
  test('list every question with a target, today → planned, with the engine’s scores', () => {
    const score = renderResults()
    const withTargets = Object.values(score.questions).filter((q) => q.targetScore !== undefined)
    expect(withTargets.map((q) => q.questionId)).toEqual([
      '7.1-S1',
      '7.1-P1',
      '7.1-O1',
      '8.2-S1',
      '9.2-P1',
    ])
    for (const q of withTargets) {
      const [today, planned] = within(screen.getByTestId(`target-${q.questionId}`)).getAllByRole(
        'cell',
      )
      expect(today).toHaveTextContent(`score ${formatScore(q.score)}`)
      expect(planned).toHaveTextContent(`score ${formatScore(q.targetScore)}`)
    }
    const oda = within(screen.getByTestId('target-7.1-O1'))
    expect(oda.getByText('0.35 % of GNI')).toBeInTheDocument()
    expect(oda.getByText('0.7 % of GNI')).toBeInTheDocument()
    expect(oda.getByText('+50')).toBeInTheDocument()
    expect(screen.getByText(/^Targets are set for 5 questions\. Overall:/)).toHaveTextContent(
      `Overall: ${formatScore(score.overall.score)} today, ${formatScore(score.overall.targetScore)} planned.`,
    )
  })

  test('without targets the section says how to set them', () => {
    const answers = Object.fromEntries(
      Object.entries(assessment.answers).map(([id, answer]) => {
        const copy = { ...answer }
        delete copy.target
        return [id, copy]
      }),
    )
    renderResults({ ...assessment, answers })
    expect(screen.getByText(/No target is set yet/)).toBeInTheDocument()
  })
})

test('never ranks: no wording of rank or position appears', () => {
  renderResults()
  expect(document.body.textContent).not.toMatch(
    /\brank(ed|ing)? \d|\b\d+(st|nd|rd|th) (of|out of) \d+ (countries|States)/i,
  )
})
