// Fixed wording of the assessment report, one catalog per language. The builder reads every
// label, heading and sentence frame from here so a translation is one new catalog, never a code
// change. A language without a catalog falls back to English (and the report says so in its
// metadata language, so the PDF is not mislabelled).
import type { Addressee, IndicatorType } from '@/domain/questionnaire/schema'
import type { BandId } from '@/domain/scoring/types'

export interface ReportStrings {
  direction: 'ltr' | 'rtl'
  title: string
  subtitle: string
  keywords: string[]
  selfAssessment: string
  shadowAssessment: string
  unofficialNote: string
  exampleMark: string
  incomplete: (answered: number, applicable: number) => string
  coverFacts: {
    state: string
    assessmentType: string
    organisation: string
    author: string
    roles: string
    period: string
    questionnaire: string
    generatedOn: string
    confidentiality: string
  }
  anonymousAssessor: string
  questionnaireVersion: (id: string, version: string) => string
  periodRange: (from: string, to: string) => string
  roles: { provider: string; partner: string }
  runningHeader: (title: string, state: string) => string
  /** Footer; {page} and {total} are replaced by the renderer. */
  pageOf: string
  contents: string
  notAssessed: string
  noData: string
  percent: (share: number) => string
  bands: Record<BandId, string>
  indicators: Record<IndicatorType, string>
  indicatorShort: Record<IndicatorType, string>
  overall: string
  article: (id: string) => string
  target: string
  current: string
  headings: {
    summary: string
    introduction: string
    framework: string
    profile: string
    findings: string
    conclusions: string
    conclusionsSub: string
    recommendationsSub: string
    addressees: Record<Addressee, string>
    goodPractices: string
    goodPractice: string
    concerns: string
    concern: string
    evidence: string
    annex: (numeral: string, title: string) => string
    annexMethod: string
    annexAnswers: string
    annexGaps: string
    gapsUnanswered: string
    gapsDontKnow: string
    gapsNotPublic: string
    gapsUnevidenced: string
    transparency: string
  }
  summary: {
    overall: (score: string, band: string) => string
    overallNotAssessed: string
    coverage: (answered: number, applicable: number, share: string, evidenced: number, evidenceShare: string) => string
    strongest: (list: string) => string
    weakest: (list: string) => string
    noRedFlags: string
    redFlags: (count: number, list: string) => string
    transparency: (count: number, list: string) => string
    shadowNote: (organisation: string) => string
    articlesTableCaption: string
    radarTitle: string
    radarDescription: string
    barsTitle: string
    barsDescription: string
  }
  table: {
    article: string
    unit: string
    question: string
    answer: string
    score: string
    band: string
    coverage: string
    evidence: string
    comment: string
    value: string
    id: string
    reason: string
  }
  intro: {
    scope: (state: string, source: string) => string
    alignment: (answersAnnex: string | null) => string
    period: (from: string, to: string) => string
    methodSelf: string
    methodShadow: string
    methodCommon: (methodAnnex: string, cap: number) => string
    whoSelf: (organisation: string) => string
    whoShadow: (organisation: string) => string
    whoAnonymousSelf: string
    whoAnonymousShadow: string
    author: (author: string) => string
    sources: (total: number, citations: number, links: number, documents: number, answersAnnex: string | null) => string
    noSources: string
    confidentialWithheld: (count: number) => string
    language: (requested: string) => string
  }
  framework: {
    intro: (score: string) => string
    none: string
    tableCaption: string
  }
  profile: {
    roles: (state: string, roles: string) => string
    bothRoles: string
    numbersIntro: string
    noNumbers: string
    tableCaption: string
    perception: string
  }
  findings: {
    articleIntro: (article: string, score: string, band: string, units: number) => string
    articleNotAssessed: (article: string) => string
    unitScore: (score: string, band: string) => string
    unitNotAssessed: Record<'mostly-not-applicable' | 'no-answers' | 'no-questions-in-role', string>
    subScores: (list: string) => string
    coverage: (answered: number, applicable: number, share: string, evidenced: number, evidenceShare: string) => string
    targetScore: (score: string) => string
    evidenceList: (list: string) => string
    noEvidence: string
    goodPractice: (question: string, answer: string, score: string) => string
    noGoodPractice: (threshold: number) => string
    concernLow: (question: string, answer: string, score: string) => string
    concernRedFlag: (question: string) => string
    concernUnevidenced: (question: string, cap: number) => string
    concernTransparency: (question: string) => string
    noConcerns: string
    questionRef: (id: string) => string
    shadowFindings: (organisation: string) => string
  }
  conclusions: {
    overall: (state: string, score: string, band: string) => string
    overallNotAssessed: (state: string) => string
    articles: (list: string) => string
    redFlags: (count: number) => string
    incomplete: (answered: number, applicable: number) => string
    noRecommendations: (threshold: number) => string
    recommendationSource: (id: string, score: string) => string
    shadowOwnership: (organisation: string) => string
  }
  answers: {
    yes: string
    partly: string
    no: string
    notApplicable: (reason: string) => string
    dontKnow: string
    notPublic: string
    notPublicShadow: string
    unanswered: string
    excludedRole: (reason: string) => string
    checklist: (present: number, total: number, items: string) => string
    maturity: (level: number, description: string) => string
    number: (value: string, unit: string) => string
    unevidenced: (cap: number) => string
    redFlag: string
    confidence: (level: string) => string
    confidenceLevels: { low: string; medium: string; high: string }
    targetValue: (value: string) => string
    confidentialEvidence: string
    withheld: (count: number) => string
    none: string
  }
  gaps: {
    intro: string
    none: string
    notPublicShadowNote: string
  }
  method: {
    intro: string
  }
}

const en: ReportStrings = {
  direction: 'ltr',
  title: 'International solidarity assessment report',
  subtitle:
    'Alignment of development-cooperation policy with Articles 7, 8 and 9 of the draft declaration on the right to international solidarity',
  keywords: ['international solidarity', 'A/HRC/35/35', 'development cooperation', 'human rights'],
  selfAssessment: 'Self-assessment',
  shadowAssessment: 'Shadow assessment',
  unofficialNote:
    'Unofficial document — not a United Nations publication. Prepared with an independent assessment tool; it does not express the views of the United Nations.',
  exampleMark: 'Example — fictitious data for demonstration only',
  incomplete: (answered, applicable) =>
    `Incomplete assessment: ${answered} of ${applicable} applicable questions answered`,
  coverFacts: {
    state: 'State assessed',
    assessmentType: 'Type of assessment',
    organisation: 'Assessed by',
    author: 'Author',
    roles: 'Cooperation roles',
    period: 'Period covered',
    questionnaire: 'Questionnaire',
    generatedOn: 'Date of report',
    confidentiality: 'Confidentiality',
  },
  anonymousAssessor: 'name withheld at the request of the assessor',
  questionnaireVersion: (id, version) => `${id}, version ${version}`,
  periodRange: (from, to) => `${from} to ${to}`,
  roles: { provider: 'provider of development cooperation', partner: 'partner receiving development cooperation' },
  runningHeader: (title, state) => `${title} — ${state}`,
  pageOf: 'Page {page} of {total}',
  contents: 'Contents',
  notAssessed: 'not assessed',
  noData: 'no data',
  // A no-break space keeps the number and its sign on one line.
  percent: (share) => `${Math.round(share * 100)}\u00A0%`,
  bands: {
    'not-aligned': 'not aligned',
    minimal: 'minimal alignment',
    partial: 'partial alignment',
    substantial: 'substantial alignment',
    strong: 'strong alignment',
  },
  indicators: { structural: 'structural', process: 'process', outcome: 'outcome' },
  indicatorShort: { structural: 'S', process: 'P', outcome: 'O' },
  overall: 'Overall',
  article: (id) => `Article ${id}`,
  target: 'Target',
  current: 'Current',
  headings: {
    summary: 'Summary',
    introduction: 'I. Introduction',
    framework: 'II. Framework',
    profile: 'III. Cooperation profile',
    findings: 'IV. Findings',
    conclusions: 'V. Conclusions and recommendations',
    conclusionsSub: 'A. Conclusions',
    recommendationsSub: 'B. Recommendations',
    addressees: {
      government: 'To the Government',
      'development-partners': 'To development partners',
      'other-stakeholders': 'To other stakeholders',
    },
    goodPractices: 'Good practices',
    goodPractice: 'Good practice',
    concerns: 'Concerns',
    concern: 'Concern',
    evidence: 'Evidence',
    annex: (numeral, title) => `Annex ${numeral}. ${title}`,
    annexMethod: 'Scoring method',
    annexAnswers: 'Questions, answers and evidence',
    annexGaps: 'Data gaps',
    gapsUnanswered: 'Questions not answered',
    gapsDontKnow: 'Questions answered "don\'t know"',
    gapsNotPublic: 'Questions answered "information not public"',
    gapsUnevidenced: 'Answers capped for lack of evidence',
    transparency: 'Transparency findings',
  },
  summary: {
    overall: (score, band) => `Overall alignment: ${score} out of 100 (${band}).`,
    overallNotAssessed: 'No overall score could be calculated: no unit has enough answers.',
    coverage: (answered, applicable, share, evidenced, evidenceShare) =>
      `Coverage: ${answered} of ${applicable} applicable questions answered (${share}); ${evidenced} answered with evidence (${evidenceShare}).`,
    strongest: (list) => `Strongest units: ${list}.`,
    weakest: (list) => `Weakest units: ${list}.`,
    noRedFlags: 'No red flags: no critical question scored 0.',
    redFlags: (count, list) =>
      `${count} red ${count === 1 ? 'flag' : 'flags'} (critical ${count === 1 ? 'question' : 'questions'} scoring 0): ${list}.`,
    transparency: (count, list) =>
      `${count} transparency ${count === 1 ? 'finding' : 'findings'}: the State does not make the information public (${list}).`,
    shadowNote: (organisation) =>
      `This is a shadow assessment. Its findings are those of ${organisation}, drawn from information available to the public; they are not the views of the Government.`,
    articlesTableCaption: 'Scores by article (0–100) with structural (S), process (P) and outcome (O) sub-scores',
    radarTitle: 'Figure I. Profile of the units of assessment',
    radarDescription:
      'Each axis is one unit of assessment, from 0 at the centre to 100 at the edge; rings mark the band thresholds 20, 40, 60 and 80. Solid line with round markers: current scores. Dashed line with square markers: target scores. Units not assessed are labelled and left out of the lines, never drawn as zero.',
    barsTitle: 'Figure II. Scores by article with structural, process and outcome sub-scores',
    barsDescription:
      'For each article, the top bar is the article score and the three bars below it are the structural (S), process (P) and outcome (O) sub-scores; each bar carries its value. A dashed tick marks the target score where targets are set.',
  },
  table: {
    article: 'Article',
    unit: 'Unit',
    question: 'Question',
    answer: 'Answer',
    score: 'Score',
    band: 'Band',
    coverage: 'Answered',
    evidence: 'Evidence',
    comment: 'Comment',
    value: 'Value',
    id: 'No.',
    reason: 'Reason',
  },
  intro: {
    scope: (state, source) =>
      `This report assesses how far the development-cooperation policy of ${state} aligns with the duties set out in Articles 7, 8 and 9 of the draft declaration on the right to international solidarity (${source}).`,
    alignment: (answersAnnex) =>
      `Because the declaration is still a draft, the report measures alignment with its duties rather than compliance. Where a question rests on existing law or on agreed indicators, the reference is given with the question${answersAnnex ? ` in annex ${answersAnnex}` : ''}.`,
    period: (from, to) => `The assessment covers the period from ${from} to ${to}.`,
    methodSelf:
      'The ministry answered each question about its own policy and practice and attached the documents that support its answers.',
    methodShadow:
      'The assessor answered each question about the State from information available to the public. Where the State does not publish the information needed, the answer says so, and this is reported as a finding about the transparency of the State.',
    methodCommon: (methodAnnex, cap) =>
      `Each answer is converted to a score from 0 to 100. An answer that would score above ${cap} without supporting evidence is capped at ${cap}. Unit scores give equal weight to structural, process and outcome indicators, so commitments on paper cannot carry a unit on their own. Scores are shown with their coverage and never used to rank States. Annex ${methodAnnex} sets out the method in full.`,
    whoSelf: (organisation) => `The self-assessment was carried out by ${organisation}.`,
    whoShadow: (organisation) => `The shadow assessment was prepared by ${organisation}.`,
    whoAnonymousSelf: 'The name of the body that carried out the self-assessment is withheld.',
    whoAnonymousShadow: 'The name of the organisation that prepared the shadow assessment is withheld for its protection.',
    author: (author) => `The report was compiled by ${author}.`,
    sources: (total, citations, links, documents, answersAnnex) =>
      `The answers rest on ${total} ${total === 1 ? 'source' : 'sources'}: ${citations} ${citations === 1 ? 'citation' : 'citations'}, ${links} ${links === 1 ? 'link' : 'links'} and ${documents} document ${documents === 1 ? 'reference' : 'references'}.${answersAnnex ? ` Each source is listed with the answer it supports in annex ${answersAnnex}.` : ''}`,
    noSources: 'No answer cites a source yet, so every answer that would score above 50 has been capped.',
    confidentialWithheld: (count) =>
      `${count} confidential ${count === 1 ? 'source is' : 'sources are'} counted but not named in this report.`,
    language: (requested) =>
      `The report was requested in "${requested}", for which no translation of the report wording exists yet; it is given in English.`,
  },
  framework: {
    intro: (score) =>
      `This chapter sets out the structural answers: the laws, policies and commitments that frame cooperation. Their combined sub-score is ${score}. Structural answers are read together with process and outcome answers in chapter IV.`,
    none: 'No structural question has been answered yet.',
    tableCaption: 'Structural questions',
  },
  profile: {
    roles: (state, roles) => `${state} was assessed as a ${roles}.`,
    bothRoles:
      'Because the State both provides and receives cooperation, questions for either role were asked.',
    numbersIntro:
      'The figures below are the quantitative answers given: volumes, shares and counts that describe cooperation and its channels.',
    noNumbers: 'No quantitative question has been answered yet.',
    tableCaption: 'Quantitative answers',
    perception: 'perception data',
  },
  findings: {
    articleIntro: (article, score, band, units) =>
      `${article} scores ${score} out of 100 (${band}), the mean of ${units} assessed ${units === 1 ? 'unit' : 'units'}.`,
    articleNotAssessed: (article) => `${article} could not be scored: none of its units was assessed.`,
    unitScore: (score, band) => `Score: ${score} out of 100 (${band}).`,
    unitNotAssessed: {
      'mostly-not-applicable': 'Not assessed: more than half of its questions were marked not applicable.',
      'no-answers': 'Not assessed: none of its questions has been answered yet.',
      'no-questions-in-role': 'Not assessed: none of its questions applies to the cooperation roles of the State.',
    },
    subScores: (list) => `Sub-scores: ${list}.`,
    coverage: (answered, applicable, share, evidenced, evidenceShare) =>
      `Coverage: ${answered} of ${applicable} applicable questions answered (${share}), ${evidenced} with evidence (${evidenceShare}).`,
    targetScore: (score) => `Target: the answers planned would raise the unit to ${score}.`,
    evidenceList: (list) => `${list}.`,
    noEvidence: 'No evidence is cited for this unit.',
    goodPractice: (question, answer, score) => `${question} Answer: ${answer} (score ${score}).`,
    noGoodPractice: (threshold) =>
      `No good practice is recorded: no question in this unit scores ${threshold} or more with evidence.`,
    concernLow: (question, answer, score) => `${question} Answer: ${answer} (score ${score}).`,
    concernRedFlag: (question) => `Red flag: this critical question scores 0. ${question}`,
    concernUnevidenced: (question, cap) =>
      `No evidence supports the answer, so its score was capped at ${cap}. ${question}`,
    concernTransparency: (question) =>
      `Transparency: the State does not make public the information needed to answer. ${question}`,
    noConcerns: 'No concern is recorded for this unit.',
    questionRef: (id) => `[${id}]`,
    shadowFindings: (organisation) => `The findings below are those of ${organisation}.`,
  },
  conclusions: {
    overall: (state, score, band) =>
      `Overall, the development-cooperation policy of ${state} shows ${band} with the duties of Articles 7 to 9 (${score} out of 100).`,
    overallNotAssessed: (state) =>
      `Too few answers have been given to draw an overall conclusion on the policy of ${state}.`,
    articles: (list) => `By article: ${list}.`,
    redFlags: (count) =>
      `${count} critical ${count === 1 ? 'question scores' : 'questions score'} 0 and ${count === 1 ? 'calls' : 'call'} for action first.`,
    incomplete: (answered, applicable) =>
      `The assessment is incomplete (${answered} of ${applicable} applicable questions answered); its conclusions are provisional.`,
    noRecommendations: (threshold) => `No recommendation arises: no answer scores ${threshold} or below.`,
    recommendationSource: (id, score) => `(question ${id}, score ${score})`,
    shadowOwnership: (organisation) => `These conclusions and recommendations are those of ${organisation}.`,
  },
  answers: {
    yes: 'Yes',
    partly: 'Partly',
    no: 'No',
    notApplicable: (reason) => `Not applicable: ${reason}`,
    dontKnow: "Don't know",
    notPublic: 'Information not public',
    notPublicShadow: 'Information not public (transparency finding about the State)',
    unanswered: 'Not answered',
    excludedRole: (reason) => `Outside the roles of the State (${reason})`,
    checklist: (present, total, items) => `${present} of ${total}${items ? `: ${items}` : ''}`,
    maturity: (level, description) => `Level ${level} of 4 — ${description}`,
    number: (value, unit) => `${value} ${unit}`,
    unevidenced: (cap) => `no evidence: capped at ${cap}`,
    redFlag: 'red flag',
    confidence: (level) => `Confidence: ${level}`,
    confidenceLevels: { low: 'low', medium: 'medium', high: 'high' },
    targetValue: (value) => `Target: ${value}`,
    confidentialEvidence: 'confidential',
    withheld: (count) => `${count} confidential ${count === 1 ? 'source' : 'sources'} withheld`,
    none: '—',
  },
  gaps: {
    intro:
      'This annex lists where the assessment lacks information. Filling these gaps is the surest way to make the scores more reliable.',
    none: 'None.',
    notPublicShadowNote:
      'Answers "information not public" are not gaps in this assessment: they are findings about the transparency of the State and are reported with each unit in chapter IV.',
  },
  method: {
    intro: 'The scores in this report follow the method below, which the assessment tool applies to every assessment.',
  },
}

const catalogs: Partial<Record<string, ReportStrings>> = { en }

export const REPORT_LANGUAGES = Object.keys(catalogs)

/** The catalog for a language (or its base language, "fr" for "fr-CA"); English when none exists. */
export function reportStrings(language: string): { language: string; strings: ReportStrings } {
  const exact = catalogs[language]
  if (exact) return { language, strings: exact }
  const base = language.split('-')[0] ?? language
  const baseCatalog = catalogs[base]
  if (baseCatalog) return { language: base, strings: baseCatalog }
  return { language: 'en', strings: en }
}
