// How the Files page names and orders assessments: by the name the user gave, else the State,
// in the interface language's alphabetical order so lists match what people expect to scan.
import type { Assessment } from '@/domain/assessment/schema'

export function assessmentLabel(a: Pick<Assessment, 'name' | 'meta'>): string {
  return a.name?.trim() || a.meta.state
}

export function sortedAssessments(byId: Readonly<Record<string, Assessment>>): Assessment[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  return Object.values(byId).sort(
    (a, b) => collator.compare(assessmentLabel(a), assessmentLabel(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
