// The evidence behind one answer: citations, links and document references, each optionally
// marked confidential (left out of shared reports). Adding an item moves focus to its text.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { EVIDENCE_KINDS } from '@/domain/assessment/schema'
import { Button } from '@/lib/ui/button'
import { Choice, SelectField, TextField } from '@/lib/ui/form-fields'
import { DeferredTextArea } from '@/features/unit/deferred-text'
import { fieldIds, type EvidenceDraft } from '@/features/unit/draft'

export interface EvidenceListProps {
  questionId: string
  items: EvidenceDraft[]
  /** Applies a change to the latest list (which may be ahead of `items` while a change to
   * another part of the answer is being drawn). */
  onChange(update: (items: EvidenceDraft[]) => EvidenceDraft[]): void
  errorFor(fieldId: string): string | undefined
  onBlurField(fieldId: string): void
  newId(): string
}

export function EvidenceList({
  questionId,
  items,
  onChange,
  errorFor,
  onBlurField,
  newId,
}: EvidenceListProps) {
  const { t } = useTranslation()
  const focusNext = useRef<string | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!focusNext.current) return
    const id = focusNext.current
    focusNext.current = null
    if (id === 'add') addButton.current?.focus()
    else document.getElementById(id)?.focus()
  })
  const update = (id: string, patch: Partial<EvidenceDraft>) =>
    onChange((list) => list.map((e) => (e.id === id ? { ...e, ...patch } : e)))
  const headingId = fieldIds.evidence(questionId)
  return (
    <section className="evidence" aria-labelledby={headingId}>
      <h3 className="evidence__title" id={headingId}>
        {t('unit.evidence.title')}
      </h3>
      {items.length === 0 ? <p className="hint">{t('unit.evidence.none')}</p> : null}
      <ol className="evidence__list">
        {items.map((e, i) => {
          const f = (field: 'kind' | 'text' | 'url' | 'confidential') =>
            fieldIds.evidenceField(questionId, e.id, field)
          return (
            <li key={e.id} className="evidence__item">
              <fieldset className="fieldset">
                <legend className="legend legend--small">
                  {t('unit.evidence.item', { n: i + 1 })}
                </legend>
                <SelectField
                  id={f('kind')}
                  label={t('unit.evidence.kind')}
                  value={e.kind}
                  onChange={(ev) =>
                    update(e.id, { kind: ev.target.value as EvidenceDraft['kind'] })
                  }
                >
                  {EVIDENCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`unit.evidence.kinds.${k}`)}
                    </option>
                  ))}
                </SelectField>
                <DeferredTextArea
                  id={f('text')}
                  label={t(`unit.evidence.text.${e.kind}`)}
                  rows={2}
                  value={e.text}
                  error={errorFor(f('text'))}
                  onCommit={(text) => update(e.id, { text })}
                  onBlur={() => onBlurField(f('text'))}
                />
                <TextField
                  id={f('url')}
                  type="url"
                  inputMode="url"
                  label={
                    e.kind === 'link' ? t('unit.evidence.url') : t('unit.evidence.urlOptional')
                  }
                  value={e.url}
                  error={errorFor(f('url'))}
                  autoComplete="off"
                  className="input--wide"
                  onChange={(ev) => update(e.id, { url: ev.target.value })}
                  onBlur={() => onBlurField(f('url'))}
                />
                <Choice
                  id={f('confidential')}
                  type="checkbox"
                  checked={e.confidential}
                  onChange={(ev) => update(e.id, { confidential: ev.target.checked })}
                  label={t('unit.evidence.confidential')}
                  hint={t('unit.evidence.confidentialHint')}
                />
                <Button
                  variant="warning"
                  onClick={() => {
                    focusNext.current = 'add'
                    onChange((list) => list.filter((x) => x.id !== e.id))
                  }}
                >
                  {t('unit.evidence.remove', { n: i + 1 })}
                </Button>
              </fieldset>
            </li>
          )
        })}
      </ol>
      <Button
        ref={addButton}
        variant="secondary"
        onClick={() => {
          const id = newId()
          focusNext.current = fieldIds.evidenceField(questionId, id, 'text')
          onChange((list) => [
            ...list,
            { id, kind: 'citation', text: '', url: '', confidential: false },
          ])
        }}
      >
        {items.length === 0 ? t('unit.evidence.add') : t('unit.evidence.addAnother')}
      </Button>
    </section>
  )
}
