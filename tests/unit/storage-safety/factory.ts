// Valid assessments for the storage-safety tests, with overridable parts.
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION, type Assessment } from '@/domain/assessment/schema'

export function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    questionnaire: { id: 'fixture', version: '1.0.0' },
    meta: {
      state: `State ${id}`,
      respondent: 'shadow',
      roles: ['provider'],
      period: { from: '2024-01-01', to: '2024-12-31' },
      organisation: 'Civic Watch',
      language: 'en',
    },
    answers: {},
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  }
}

/** A clock that moves one second per call, so each snapshot gets its own time. */
export function tickingClock(start = Date.parse('2026-03-01T10:00:00.000Z')): () => Date {
  let t = start
  return () => new Date((t += 1000))
}
