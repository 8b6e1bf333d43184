// Each answer type's input, found by role and label as a user would find it.
import { useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { AnswerInput, answerInputs } from '@/features/unit/answer-inputs'
import { ANSWER_TYPES, type AnswerSpec } from '@/domain/questionnaire/schema'

function setup(spec: AnswerSpec, value?: unknown, text = '') {
  const onChange = vi.fn()
  render(
    <AnswerInput
      id="q-x-value"
      spec={spec}
      value={value as never}
      text={text}
      lang="en"
      legend="Your answer"
      onChange={onChange}
    />,
  )
  return { onChange, user: userEvent.setup() }
}

test('there is an input for every answer type', () => {
  expect(Object.keys(answerInputs).sort()).toEqual([...ANSWER_TYPES].sort())
})

describe('yes / partly / no', () => {
  test('three radios in a named group; choosing one reports it', async () => {
    const { onChange, user } = setup({ type: 'yes-partly-no' })
    const group = screen.getByRole('group', { name: 'Your answer' })
    expect(group).toBeInTheDocument()
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Yes',
      'Partly',
      'No',
    ])
    await user.click(screen.getByRole('radio', { name: 'Partly' }))
    expect(onChange).toHaveBeenCalledWith('partly', '')
  })

  test('shows the stored answer as checked', () => {
    setup({ type: 'yes-partly-no' }, 'no')
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Yes' })).not.toBeChecked()
  })
})

describe('maturity', () => {
  const spec: AnswerSpec = {
    type: 'maturity',
    levels: ['Nothing', 'Intent', 'Adopted', 'Routine', 'Evaluated'].map((en) => ({ en })),
  }
  test('five levels, each described, and choosing one reports its number', async () => {
    const { onChange, user } = setup(spec)
    const level3 = screen.getByRole('radio', { name: 'Level 3' })
    expect(level3).toHaveAccessibleDescription('Routine')
    expect(screen.getAllByRole('radio')).toHaveLength(5)
    await user.click(level3)
    expect(onChange).toHaveBeenCalledWith(3, '')
  })
})

/** The number input is controlled by its text, so the test keeps that text as the page does. */
function ControlledNumber({ spec, onChange }: { spec: AnswerSpec; onChange: (v: unknown, t: string) => void }) {
  const [text, setText] = useState('')
  return (
    <AnswerInput
      id="q-x-value"
      spec={spec}
      value={undefined}
      text={text}
      lang="en"
      legend="Your answer"
      onChange={(v, t) => {
        setText(t)
        onChange(v, t)
      }}
    />
  )
}

describe('number', () => {
  const spec: AnswerSpec = {
    type: 'number',
    unit: { en: '% of GNI' },
    min: 0,
    max: 2,
    step: 0.01,
    direction: 'higher-is-better',
    floor: 0,
    target: 0.7,
    targetSource: { en: 'UNGA resolution 2626 (XXV)' },
  }
  test('a labelled text box with the unit, range and target in its hint', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<ControlledNumber spec={spec} onChange={onChange} />)
    const input = screen.getByRole('textbox', { name: 'Your answer' })
    expect(input).toHaveAccessibleDescription(/from 0 to 2 \(% of GNI\).*0\.7 % of GNI: UNGA resolution 2626/)
    await user.type(input, '0,5')
    // A decimal comma is read as a decimal point; the raw text is kept for validation.
    expect(onChange).toHaveBeenLastCalledWith(0.5, '0,5')
  })
  test('text that is not a number gives no value but keeps the text', async () => {
    const { onChange, user } = setup(spec)
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'x')
    expect(onChange).toHaveBeenLastCalledWith(undefined, 'x')
  })
})

describe('checklist', () => {
  const spec: AnswerSpec = {
    type: 'checklist',
    items: [
      { id: 'trade', label: { en: 'Trade' } },
      { id: 'tax', label: { en: 'Taxation' } },
    ],
  }
  test('ticking items reports them in questionnaire order', async () => {
    const { onChange, user } = setup(spec, ['tax'])
    await user.click(screen.getByRole('checkbox', { name: 'Trade' }))
    expect(onChange).toHaveBeenCalledWith(['trade', 'tax'], '')
  })
  test('unticking the last item leaves the question unanswered; "None of these" answers it', async () => {
    const { onChange, user } = setup(spec, ['tax'])
    await user.click(screen.getByRole('checkbox', { name: 'Taxation' }))
    expect(onChange).toHaveBeenLastCalledWith(undefined, '')
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }))
    expect(onChange).toHaveBeenLastCalledWith([], '')
  })
})
