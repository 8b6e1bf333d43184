// Three-way merge of one assessment edited in two tabs. Answers are keyed by question id, so a
// change is "ours" when it differs from the record both tabs started from; the other tab's
// changes are kept wherever we did not touch the same answer. Nothing either tab typed is lost
// unless both changed the very same answer, where the later save (ours) wins.
import type { Assessment } from '@/domain/assessment/schema'

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

export function mergeAssessment(
  base: Assessment | undefined,
  ours: Assessment,
  theirs: Assessment,
): Assessment {
  if (!base) return ours
  const answers = { ...theirs.answers }
  const ids = new Set([...Object.keys(ours.answers), ...Object.keys(base.answers)])
  for (const qid of ids) {
    const mine = ours.answers[qid]
    if (same(mine, base.answers[qid])) continue
    if (mine === undefined) delete answers[qid]
    else answers[qid] = mine
  }
  return {
    ...theirs,
    name: same(ours.name, base.name) ? theirs.name : ours.name,
    meta: same(ours.meta, base.meta) ? theirs.meta : ours.meta,
    answers,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
  }
}
