// The Method page says what the engine does: its sentences carry the constants of rules.ts and
// its worked example shows the engine's own result.
import { expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import '@/lib/i18n'
import {
  BAND_THRESHOLDS,
  EVIDENCE_CAP,
  MATURITY_SCORES,
  YES_PARTLY_NO_SCORES,
  describeMethod,
  formatScore,
} from '@/domain/scoring'
import MethodPage, { MethodView } from '@/features/method/method-page'

test('the rule is stated with the engine’s constants', () => {
  render(<MethodPage />)
  expect(
    screen.getByRole('heading', { level: 1, name: 'How scores are calculated' }),
  ).toBeInTheDocument()
  const y = YES_PARTLY_NO_SCORES
  expect(
    screen.getByText(`Yes, partly and no score ${y.yes}, ${y.partly} and ${y.no}.`),
  ).toBeInTheDocument()
  expect(screen.getByText(new RegExp(`score ${MATURITY_SCORES.join(', ')}\\.`))).toBeInTheDocument()
  expect(
    screen.getByText(
      `An answer that would score above ${EVIDENCE_CAP} counts for ${EVIDENCE_CAP} until evidence is attached`,
      {
        exact: false,
      },
    ),
  ).toBeInTheDocument()
  expect(
    screen.getByText(new RegExp(`limits at ${BAND_THRESHOLDS.join(', ')}`)),
  ).toBeInTheDocument()
  const bands = within(screen.getByRole('table', { name: 'Bands' }))
    .getAllByRole('cell')
    .map((c) => c.textContent)
  const [t1, t2, t3, t4] = BAND_THRESHOLDS
  expect(bands).toEqual([`0–${t1}`, `>${t1}–${t2}`, `>${t2}–${t3}`, `>${t3}–${t4}`, `>${t4}–100`])
})

test('the worked example shows the engine’s numbers', () => {
  render(<MethodPage />)
  const method = describeMethod()
  const example = within(screen.getByRole('table', { name: 'Questions of the worked example' }))
  expect(example.getAllByRole('row')).toHaveLength(method.example.rows.length + 1)
  const capped = method.example.rows.find((r) => r.note.includes('capped'))
  expect(capped).toBeDefined()
  const cappedRow = example.getByRole('row', { name: new RegExp(capped?.question ?? '') })
  expect(
    within(cappedRow)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toContain(String(EVIDENCE_CAP))
  for (const line of method.example.calculation) expect(screen.getByText(line)).toBeInTheDocument()
  expect(screen.getByText(method.example.conclusion)).toHaveTextContent(
    `The unit scores ${formatScore(method.example.unitScore)}`,
  )
})

test('the method is shown in the reader’s language where the scoring module has it, else in English with a note', () => {
  const { unmount } = render(<MethodView method={describeMethod('fr')} requestedLanguage="fr" />)
  const french = describeMethod('fr')
  expect(french.language).toBe('fr')
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(french.title)
  expect(screen.queryByText('The method is described in English.')).toBeNull()
  expect(screen.getByText(french.intro).closest('[lang]')).toHaveAttribute('lang', 'fr')
  unmount()

  render(<MethodView method={describeMethod('de')} requestedLanguage="de" />)
  expect(screen.getByText('The method is described in English.')).toBeInTheDocument()
  expect(screen.getByText(describeMethod('en').intro).closest('[lang]')).toHaveAttribute(
    'lang',
    'en',
  )
})
