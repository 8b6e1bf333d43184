// The reminder to export (reliability.md item 8): due when there are answers and the last export
// is older than 7 days or never happened; the date survives in device storage.
import { describe, expect, test } from 'vitest'
import { createMemoryBackend } from '@/lib/storage'
import {
  createExportLog,
  daysSince,
  EXPORT_REMINDER_DAYS,
  isExportReminderDue,
  LAST_EXPORT_KEY,
} from '@/lib/storage/export-reminder'

const now = new Date('2026-03-15T12:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()

describe('export reminder', () => {
  test('is due when there are answers and nothing was ever exported', () => {
    expect(isExportReminderDue({ lastExport: null, hasAnswers: true, now })).toBe(true)
  })

  test('is never due without answers, however old the export', () => {
    expect(isExportReminderDue({ lastExport: null, hasAnswers: false, now })).toBe(false)
    expect(isExportReminderDue({ lastExport: ago(400 * DAY), hasAnswers: false, now })).toBe(false)
  })

  test(`is due only once the last export is more than ${EXPORT_REMINDER_DAYS} days old`, () => {
    expect(isExportReminderDue({ lastExport: ago(6 * DAY), hasAnswers: true, now })).toBe(false)
    expect(isExportReminderDue({ lastExport: ago(7 * DAY), hasAnswers: true, now })).toBe(false)
    expect(isExportReminderDue({ lastExport: ago(7 * DAY + 1), hasAnswers: true, now })).toBe(true)
    expect(isExportReminderDue({ lastExport: ago(30 * DAY), hasAnswers: true, now })).toBe(true)
  })

  test('an export dated in the future (a wrong clock) does not nag', () => {
    expect(isExportReminderDue({ lastExport: ago(-3 * DAY), hasAnswers: true, now })).toBe(false)
  })

  test('counts whole days since the export', () => {
    expect(daysSince(ago(8 * DAY + 5000), now)).toBe(8)
    expect(daysSince(null, now)).toBeNull()
  })

  test('records the export date on the device and tells listeners', async () => {
    const backend = createMemoryBackend()
    const log = createExportLog(backend)
    expect(await log.lastExport()).toBeNull()
    let told = 0
    const stop = log.subscribe(() => told++)
    await log.record('2026-03-10T08:00:00.000Z')
    expect(await log.lastExport()).toBe('2026-03-10T08:00:00.000Z')
    expect(await backend.get(LAST_EXPORT_KEY)).toBe('2026-03-10T08:00:00.000Z')
    expect(told).toBe(1)
    stop()
    await log.record('2026-03-11T08:00:00.000Z')
    expect(told).toBe(1)
  })

  test('a damaged stored date reads as never exported, so the reminder errs on the safe side', async () => {
    const log = createExportLog(createMemoryBackend({ [LAST_EXPORT_KEY]: 'yesterday-ish' }))
    expect(await log.lastExport()).toBeNull()
  })
})
