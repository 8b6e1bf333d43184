// The scoring method as readers of each language get it: the same rule, stated with the engine's
// constants and numbers written the way the language writes them, the worked example computed by
// the engine, and English exactly as before.
import { describe, expect, it } from 'vitest'
import {
  BAND_THRESHOLDS,
  DIVERGENCE_THRESHOLD,
  EVIDENCE_CAP,
  MATURITY_SCORES,
  RECOMMENDATION_THRESHOLD,
  YES_PARTLY_NO_SCORES,
  describeMethod,
  formatDecimal,
  roleExclusionReason,
  scoringStrings,
  type MethodDescription,
} from '@/domain/scoring'

const TRANSLATED = ['fr', 'es', 'ar'] as const
const ALL = ['en', ...TRANSLATED] as const

function allText(method: MethodDescription): string {
  return [
    method.title,
    method.intro,
    ...method.steps.flatMap((s) => [s.title, ...s.paragraphs]),
    ...method.bands.map((b) => b.text),
    method.example.title,
    method.example.intro,
    ...method.example.rows.flatMap((r) => [r.question, r.answer, r.note]),
    ...method.example.calculation,
    method.example.conclusion,
  ].join('\n')
}

function paragraph(method: MethodDescription, step: string, index = 0): string {
  return method.steps.find((s) => s.id === step)?.paragraphs[index] ?? ''
}

describe('describeMethod in each language', () => {
  it('keeps English as it was when no language is given', () => {
    expect(describeMethod()).toEqual(describeMethod('en'))
    expect(describeMethod().language).toBe('en')
    expect(paragraph(describeMethod(), 'evidence')).toContain(
      `An answer that would score above ${EVIDENCE_CAP} counts for ${EVIDENCE_CAP} until evidence is attached`,
    )
  })

  it.each(ALL)('%s: states the rule with the engine’s constants', (language) => {
    const method = describeMethod(language)
    expect(method.language).toBe(language)
    expect(method.title).toBe(scoringStrings(language).method.title)

    const y = YES_PARTLY_NO_SCORES
    expect(paragraph(method, 'answer', 0)).toMatch(
      new RegExp(`${y.yes}\\D+${y.partly}\\D+${y.no}\\D*$`),
    )
    expect(paragraph(method, 'answer', 1)).toMatch(new RegExp(MATURITY_SCORES.join('\\D+')))

    // The evidence cap, stated twice (the threshold and the capped score).
    expect(paragraph(method, 'evidence').split(String(EVIDENCE_CAP)).length - 1).toBe(2)
    // Divergence, recommendations and the bands.
    expect(paragraph(method, 'compare')).toContain(String(DIVERGENCE_THRESHOLD))
    expect(paragraph(method, 'gaps', 1)).toContain(String(RECOMMENDATION_THRESHOLD))
    expect(paragraph(method, 'bands')).toMatch(new RegExp(BAND_THRESHOLDS.join('\\D+')))
    expect(method.bands.map((b) => [b.from, b.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ])
    for (const band of method.bands)
      expect(band.text).toContain(scoringStrings(language).bands[band.id])
  })

  it.each(TRANSLATED)(
    '%s: is translated throughout, not English with a few words changed',
    (language) => {
      const english = describeMethod('en')
      const method = describeMethod(language)
      expect(method.steps.map((s) => s.id)).toEqual(english.steps.map((s) => s.id))
      method.steps.forEach((step, i) => {
        const englishStep = english.steps[i]
        expect(step.title).not.toBe(englishStep?.title)
        step.paragraphs.forEach((p, j) => expect(p).not.toBe(englishStep?.paragraphs[j]))
      })
      method.example.rows.forEach((row, i) => {
        expect(row.question).not.toBe(english.example.rows[i]?.question)
        expect(row.answer).not.toBe(english.example.rows[i]?.answer)
      })
      expect(method.example.conclusion).not.toBe(english.example.conclusion)
      expect(allText(method)).not.toMatch(/\b(score|scores|evidence|answer|assessment)\b/)
    },
  )

  it.each(ALL)(
    '%s: works the example with the engine and writes its numbers as the language does',
    (language) => {
      const english = describeMethod('en')
      const method = describeMethod(language)
      // Same engine, same numbers, whatever the language.
      expect(method.example.unitScore).toBe(english.example.unitScore)
      expect(method.example.band).toBe(english.example.band)
      expect(
        method.example.rows.map((r) => [r.questionId, r.rawScore, r.score, r.weight, r.evidence]),
      ).toEqual(
        english.example.rows.map((r) => [r.questionId, r.rawScore, r.score, r.weight, r.evidence]),
      )
      // Structural (50 capped + 75) / 2 = 62.5; process (75 × 2 + 50) / 3 = 66.67; unit 43.06, shown as 43.
      const decimal = language === 'fr' || language === 'es' ? ',' : '.'
      const calculation = method.example.calculation.join('\n')
      for (const value of ['62.5', '66.67', '43.06'])
        expect(calculation).toContain(value.replace('.', decimal))
      expect(formatDecimal(62.5, language)).toBe(`62${decimal}5`)
      expect(method.example.conclusion).toContain('43')
      expect(method.example.conclusion).toContain(scoringStrings(language).bands.partial)
      // The capped answer says so, with the cap.
      const capped = method.example.rows.find((r) => r.questionId === 'E-S1')
      expect(capped?.note).toContain(String(EVIDENCE_CAP))
      expect(capped?.note).toBe(
        scoringStrings(language).method.example.notes.capped(String(EVIDENCE_CAP)),
      )
    },
  )

  it('falls back to the base language, then to English', () => {
    expect(describeMethod('fr-CA').language).toBe('fr')
    expect(describeMethod('es-MX').title).toBe(describeMethod('es').title)
    expect(describeMethod('de').language).toBe('en')
    expect(describeMethod('de')).toEqual(describeMethod('en'))
  })

  it('gives the reason a question is left out in the reader’s language', () => {
    expect(roleExclusionReason(['provider'])).toBe('asked of providers of cooperation only')
    expect(roleExclusionReason(['provider'], 'fr')).toBe(
      'posée uniquement aux fournisseurs de coopération',
    )
    expect(roleExclusionReason(['partner'], 'es')).toBe(
      'solo se formula a países asociados que reciben cooperación',
    )
    expect(roleExclusionReason(['provider'], 'ar')).toContain(scoringStrings('ar').roles.provider)
  })

  it('writes French with a no-break space before two-part punctuation', () => {
    const text = allText(describeMethod('fr'))
    expect(text).not.toMatch(/ [:;!?»]/)
    expect(text).toMatch(/\u00A0:/)
  })
})
