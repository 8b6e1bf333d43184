// A small questionnaire with every answer type, used to check file contents against a
// questionnaire. Its ids match the sample files in tests/fixtures/file-versions.
import { Questionnaire, type QuestionnaireInput } from '@/domain/questionnaire/schema'

const text = (en: string) => ({ en })

const input: QuestionnaireInput = {
  id: 'minimal-example',
  version: '0.1.0',
  title: text('Minimal example used by the file-format tests'),
  languages: ['en'],
  articles: [
    {
      id: '7',
      title: text('Article 7'),
      units: [
        {
          id: '7.4',
          title: text('Meaningful participation in decisions'),
          duty: {
            text: text(
              'States shall take appropriate, transparent and inclusive action to ensure the meaningful participation of individuals and peoples in decision-making processes at the national, bilateral, regional and international levels on matters that affect their lives.',
            ),
            citation: 'A/HRC/35/35, annex, art. 7 (4)',
          },
          questions: [
            {
              id: '7.4-S1',
              indicator: 'structural',
              answer: { type: 'yes-partly-no' },
              roles: ['provider', 'partner'],
              text: {
                state: text(
                  'Does a binding rule oblige your ministry to consult the public on its cooperation strategy?',
                ),
                shadow: text(
                  'Does a published binding rule oblige the State to consult the public on its cooperation strategy?',
                ),
              },
              guidance: text('Yes when binding and covering cooperation strategies.'),
              evidencePrompts: [text('The rule, with its article number.')],
              recommendation: {
                addressee: 'government',
                text: text('Adopt a binding consultation rule.'),
              },
              critical: true,
            },
            {
              id: '7.4-P1',
              indicator: 'process',
              answer: {
                type: 'maturity',
                levels: [
                  text('No consultation.'),
                  text('Some organisations invited.'),
                  text('Draft shared in advance.'),
                  text('Response to comments published.'),
                  text('Changes made because of comments are shown.'),
                ],
              },
              roles: ['provider', 'partner'],
              text: {
                state: text('How open was your latest consultation?'),
                shadow: text(
                  'How open was the latest consultation, as far as the public record shows?',
                ),
              },
              guidance: text('Choose the highest level that fully holds.'),
              evidencePrompts: [text('The invitation and the summary of comments.')],
              recommendation: { addressee: 'government', text: text('Share drafts in advance.') },
            },
            {
              id: '7.4-P2',
              indicator: 'process',
              answer: {
                type: 'checklist',
                items: [
                  { id: 'cso', label: text('Civil society organisations') },
                  { id: 'women', label: text("Women's rights organisations") },
                  { id: 'affected', label: text('Affected communities') },
                ],
              },
              roles: ['provider', 'partner'],
              text: {
                state: text('Which groups took part in your latest joint review?'),
                shadow: text(
                  'Which groups does the public record show took part in the latest joint review?',
                ),
              },
              guidance: text('Tick a group only when it took part in the review itself.'),
              evidencePrompts: [text('The list of participants.')],
              recommendation: {
                addressee: 'development-partners',
                text: text('Invite the missing groups.'),
              },
            },
            {
              id: '7.4-O1',
              indicator: 'outcome',
              answer: {
                type: 'number',
                unit: text('% of comments'),
                min: 0,
                max: 100,
                direction: 'higher-is-better',
                floor: 0,
                target: 50,
                targetSource: text('Illustrative target.'),
              },
              roles: ['provider', 'partner'],
              text: {
                state: text('What share of comments did your ministry accept?'),
                shadow: text(
                  'What share of comments did the State accept, according to its published response?',
                ),
              },
              guidance: text('Count comments as the published response groups them.'),
              evidencePrompts: [text('The published response to comments.')],
              recommendation: {
                addressee: 'government',
                text: text('Publish a response to each comment.'),
              },
            },
          ],
        },
      ],
    },
  ],
}

export const testQuestionnaire: Questionnaire = Questionnaire.parse(input)
