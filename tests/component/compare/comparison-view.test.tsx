// The comparison screen as a user meets it: which side is the State's and which the NGO's, how
// many questions diverge (the engine's count), divergent questions listed first and marked with a
// "Divergent" tag and the reason in words, and the filter that shows only those.
import { describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { compareAssessments } from '@/domain/compare'
import { ComparisonView } from '@/features/compare/comparison-view'
import { EXPECTED_DIVERGENT, questionnaire, shadowAssessment, stateAssessment } from './fixtures'

// Rendering a whole comparison or merge preview in jsdom takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 })

function renderComparison() {
  const comparison = compareAssessments(
    questionnaire,
    stateAssessment,
    questionnaire,
    shadowAssessment,
  )
  render(
    <ComparisonView
      questionnaireA={questionnaire}
      questionnaireB={questionnaire}
      first={stateAssessment}
      second={shadowAssessment}
      comparison={comparison}
      language="en"
    />,
  )
  return comparison
}

/** Question ids of the cards on the page, in page order. */
function cardIds(container: ParentNode = document): string[] {
  return [...container.querySelectorAll('article[data-question-id]')].map(
    (el) => el.getAttribute('data-question-id') ?? '',
  )
}

describe('comparison of a self-assessment with a shadow assessment', () => {
  test('says which side is the State’s and which the NGO’s', () => {
    renderComparison()
    const sides = within(screen.getByRole('region', { name: 'The two assessments' }))
    const first = within(sides.getByTestId('cmp-side-first'))
    const second = within(sides.getByTestId('cmp-side-second'))
    expect(first.getByText('First')).toBeInTheDocument()
    expect(first.getByText('State self-assessment')).toBeInTheDocument()
    expect(first.getByText(/Ministry of Foreign Affairs/)).toBeInTheDocument()
    expect(second.getByText('NGO shadow assessment')).toBeInTheDocument()
    expect(second.getByText(/Civic Watch/)).toBeInTheDocument()
    // Each answer names its side too, so a card read on its own is unambiguous.
    const card = screen.getByRole('article', { name: /7\.2-S1/ })
    expect(
      within(card).getByText(/State self-assessment by Ministry of Foreign Affairs/),
    ).toBeInTheDocument()
    expect(within(card).getByText(/NGO shadow assessment by Civic Watch/)).toBeInTheDocument()
  })

  test('counts the divergent questions as the engine does, and lists them first', () => {
    const comparison = renderComparison()
    expect(comparison.divergentQuestions).toEqual(EXPECTED_DIVERGENT)
    expect(screen.getByTestId('cmp-divergent-count')).toHaveTextContent('4 of 6 questions diverge.')

    const list = within(screen.getByTestId('cmp-divergent-list'))
    expect(list.getAllByRole('link').map((l) => l.textContent)).toEqual(
      EXPECTED_DIVERGENT.map((id) => `Go to question ${id}`),
    )

    // Units with divergences come before units without; inside a unit, divergent questions first.
    const questions = within(screen.getByRole('region', { name: 'Questions, unit by unit' }))
    const units = questions.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(units).toEqual(['7.1 Unit 7.1 title', '7.2 Unit 7.2 title', '8.1 Unit 8.1 title'])
    expect(cardIds()).toEqual(['7.1-S1', '7.1-P1', '7.2-P1', '7.2-S1', '8.1-S1', '8.1-P1'])
  })

  test('marks divergence with a tag and a reason in words, not by colour alone', () => {
    renderComparison()
    const scoreGap = screen.getByRole('article', { name: /7\.1-S1/ })
    expect(within(scoreGap).getByText('Divergent')).toBeInTheDocument()
    expect(within(scoreGap).getByText(/scores 25 points or more apart/)).toBeInTheDocument()
    expect(within(scoreGap).getByText('Difference: -50')).toBeInTheDocument()

    // Both score 0, yet only one side answered "information not public".
    const special = screen.getByRole('article', { name: /8\.1-S1/ })
    expect(within(special).getByText('Divergent')).toBeInTheDocument()
    expect(within(special).getByText(/a special answer on one side only/)).toBeInTheDocument()
    expect(within(special).getByText('Information not public')).toBeInTheDocument()

    const agreed = screen.getByRole('article', { name: /7\.2-S1/ })
    expect(within(agreed).queryByText('Divergent')).not.toBeInTheDocument()
  })

  test('shows both answers, both scores and both evidence lists', () => {
    renderComparison()
    const card = within(screen.getByRole('article', { name: /7\.1-P1/ }))
    expect(card.getByText('Level 3: Applied routinely')).toBeInTheDocument()
    expect(card.getByText('Level 2: Formal policy')).toBeInTheDocument()
    expect(card.getByText('75')).toBeInTheDocument()
    expect(card.getByText('50')).toBeInTheDocument()
    expect(card.getByText('Annual report 2024')).toBeInTheDocument()
    expect(card.getByText('Parliamentary question 2024/17')).toBeInTheDocument()
  })

  test('"Show only divergent questions" hides the questions both sides agree on', async () => {
    const user = userEvent.setup()
    renderComparison()
    await user.click(screen.getByRole('checkbox', { name: 'Show only divergent questions' }))
    expect(cardIds()).toEqual(['7.1-S1', '7.1-P1', '7.2-P1', '8.1-S1'])
    await user.click(screen.getByRole('checkbox', { name: 'Show only divergent questions' }))
    expect(cardIds()).toHaveLength(6)
  })

  test('every chart has a text summary and a data table with the unit scores', () => {
    const comparison = renderComparison()
    const profiles = within(screen.getByRole('region', { name: 'Profiles' }))
    const figures = profiles.getAllByRole('figure')
    expect(figures).toHaveLength(2)
    const unit71 = comparison.units.find((u) => u.unitId === '7.1')
    expect(unit71?.difference).toBe(-37.5)
    for (const figure of figures) {
      const table = within(within(figure).getByRole('table', { hidden: true }))
      const row = within(table.getByTestId('cmp-unit-row-7.1'))
      expect(row.getAllByRole('cell').map((c) => c.textContent)).toEqual([
        '88',
        '50',
        '-38 ⚠ Divergent',
      ])
    }
    expect(profiles.getByText(/The largest gap is in unit 7\.1 \(-38\)/)).toBeInTheDocument()
  })
})
