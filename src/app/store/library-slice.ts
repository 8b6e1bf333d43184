// Library slice: the assessments by id and every change to them. Each change replaces the
// changed assessment object (never mutates it), which is how the storage knows what to write.
import type { StateCreator } from 'zustand'
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION } from '@/domain/assessment/format'
import type { Assessment } from '@/domain/assessment/schema'
import type { LibrarySlice, WorkspaceState } from '@/lib/ui/workspace'

export const newId = (): string => crypto.randomUUID()
const nowIso = (): string => new Date().toISOString()

export const createLibrarySlice: StateCreator<WorkspaceState, [], [], LibrarySlice> = (
  set,
  get,
) => {
  const change = (id: string, fn: (a: Assessment) => Assessment) =>
    set((s) => {
      const a = s.assessments[id]
      if (!a) return {}
      return { assessments: { ...s.assessments, [id]: { ...fn(a), updatedAt: nowIso() } } }
    })

  return {
    assessments: {},

    createAssessment({ meta, questionnaire, name }) {
      const id = newId()
      const at = nowIso()
      const assessment: Assessment = {
        format: ASSESSMENT_FORMAT,
        formatVersion: ASSESSMENT_FORMAT_VERSION,
        id,
        ...(name ? { name } : {}),
        questionnaire,
        meta,
        answers: {},
        createdAt: at,
        updatedAt: at,
      }
      set((s) => ({ assessments: { ...s.assessments, [id]: assessment } }))
      return id
    },

    updateMeta: (id, meta) => change(id, (a) => ({ ...a, meta })),

    renameAssessment: (id, name) =>
      change(id, (a) => {
        const trimmed = name.trim()
        const next = { ...a }
        if (trimmed) next.name = trimmed
        else delete next.name
        return next
      }),

    setAnswer: (id, questionId, answer) =>
      change(id, (a) => {
        const answers = { ...a.answers }
        if (answer === undefined) delete answers[questionId]
        else answers[questionId] = answer
        return { ...a, answers }
      }),

    duplicateAssessment(id, name) {
      const source = get().assessments[id]
      if (!source) return undefined
      return get().addAssessment({ ...structuredClone(source), name })
    },

    deleteAssessment(id) {
      const assessment = get().assessments[id]
      if (!assessment) return
      set((s) => {
        const assessments = { ...s.assessments }
        delete assessments[id]
        return { assessments, lastDeleted: { assessment, deletedAt: nowIso() } }
      })
    },

    undoDelete() {
      const last = get().lastDeleted
      if (!last) return undefined
      const { assessment } = last
      set((s) => ({
        assessments: { ...s.assessments, [assessment.id]: { ...assessment, updatedAt: nowIso() } },
        lastDeleted: null,
      }))
      return assessment.id
    },

    addAssessment(assessment) {
      const id = newId()
      const at = nowIso()
      set((s) => ({
        assessments: {
          ...s.assessments,
          [id]: { ...assessment, id, createdAt: at, updatedAt: at },
        },
      }))
      return id
    },

    applyExternalChange(id, assessment, merged) {
      const before = get().assessments[id]
      set((s) => {
        const assessments = { ...s.assessments }
        if (assessment) assessments[id] = assessment
        else delete assessments[id]
        const notice = assessment
          ? ({ id: newId(), kind: 'external-update', assessmentId: id, merged } as const)
          : ({
              id: newId(),
              kind: 'external-delete',
              assessmentId: id,
              label: before?.name ?? before?.meta.state ?? id,
            } as const)
        // One notice per assessment is enough; the newest replaces an older one.
        const notices = [...s.notices.filter((n) => n.assessmentId !== id), notice]
        return { assessments, notices }
      })
    },
  }
}
