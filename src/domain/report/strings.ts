// Fixed wording of the assessment report, one catalog per language, in the terms of United
// Nations country-visit reports in each language. The builder reads every label, heading, sentence
// frame and number or date format from here, so a translation is one new catalog, never a code
// change; every catalog must supply every key (the typecheck fails otherwise). A language without
// a catalog falls back to its base language, then English (and the report says so in its metadata
// language, so the PDF is not mislabelled).
import type { SpecialAnswer } from '@/domain/assessment/schema'
import type { Addressee, IndicatorType } from '@/domain/questionnaire/schema'
import type { BandId } from '@/domain/scoring/types'
import {
  arabicCount,
  formatLocaleNumber,
  frenchSpacing,
  mapCatalogText,
} from '@/domain/scoring/strings'

export interface ReportStrings {
  direction: 'ltr' | 'rtl'
  /** A number from an answer (0.52, 1 250) as the language writes it. */
  formatNumber: (value: number) => string
  /** A date stored as YYYY-MM-DD, as the language writes it. */
  formatDate: (iso: string) => string
  /** The declaration's own words, in the language's quotation marks. */
  quote: (text: string) => string
  /** Between short items ("7.1-S1, 7.2-O1"). */
  listSeparator: string
  /** Between items that contain commas themselves. */
  seriesSeparator: string
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
    coverage: (
      answered: number,
      applicable: number,
      share: string,
      evidenced: number,
      evidenceShare: string,
    ) => string
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
    /** `source` is the document symbol, e.g. A/HRC/35/35; the duties are in its annex. */
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
    sources: (
      total: number,
      citations: number,
      links: number,
      documents: number,
      answersAnnex: string | null,
    ) => string
    noSources: (cap: number) => string
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
    coverage: (
      answered: number,
      applicable: number,
      share: string,
      evidenced: number,
      evidenceShare: string,
    ) => string
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
  comparison: {
    /** Chapter heading after the conclusions; `other` is one of the three descriptions below. */
    heading: (other: string) => string
    otherSelf: (period: string) => string
    otherShadow: (organisation: string, period: string) => string
    otherShadowAnonymous: (period: string) => string
    /** What is compared, which way a difference runs, and the divergence rule. */
    intro: (other: string, threshold: number) => string
    /** Question numbers only one side's questionnaire has (lists, or `answers.none`). */
    unmatched: (onlyHere: string, onlyThere: string) => string
    divergentCount: (count: number) => string
    noDivergent: (threshold: number) => string
    divergentCaption: string
    articlesCaption: string
    unitsCaption: string
    thisColumn: string
    otherColumn: string
    difference: string
    reasonScore: (points: string) => string
    reasonSpecialOneSide: string
    reasonSpecialDifferent: string
    specialAnswers: Record<SpecialAnswer, string>
    /** A question outside one side's cooperation roles. */
    outsideRoles: string
  }
}

/** An ISO date (YYYY-MM-DD) as a Date at midnight UTC, or null for anything else. */
function isoDate(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

function intlDate(
  locale: string,
  fix: (text: string) => string = (t) => t,
): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return (iso) => {
    const date = isoDate(iso)
    return date ? fix(format.format(date)) : iso
  }
}

const en: ReportStrings = {
  direction: 'ltr',
  // English keeps the forms the report has always printed: plain numbers and ISO dates.
  formatNumber: (value) =>
    Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000),
  formatDate: (iso) => iso,
  quote: (text) => `“${text}”`,
  listSeparator: ', ',
  seriesSeparator: '; ',
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
  roles: {
    provider: 'provider of development cooperation',
    partner: 'partner receiving development cooperation',
  },
  runningHeader: (title, state) => `${title} — ${state}`,
  pageOf: 'Page {page} of {total}',
  contents: 'Contents',
  notAssessed: 'not assessed',
  noData: 'no data',
  // A no-break space keeps the number and its sign on one line.
  // English sets the sign against the number ("13%"), as the UN's editorial style does in tables.
  percent: (share) => `${Math.round(share * 100)}%`,
  bands: {
    // Read in sentences ("the policy shows no alignment with the duties") and in tables.
    'not-aligned': 'no alignment',
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
    articlesTableCaption:
      'Scores by article (0–100) with structural (S), process (P) and outcome (O) sub-scores',
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
      `This report assesses how far the development-cooperation policy of ${state} aligns with the duties set out in Articles 7, 8 and 9 of the draft declaration on the right to international solidarity (${source}, annex).`,
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
    whoAnonymousShadow:
      'The name of the organisation that prepared the shadow assessment is withheld for its protection.',
    author: (author) => `The report was compiled by ${author}.`,
    sources: (total, citations, links, documents, answersAnnex) =>
      `The answers rest on ${total} ${total === 1 ? 'source' : 'sources'}: ${citations} ${citations === 1 ? 'citation' : 'citations'}, ${links} ${links === 1 ? 'link' : 'links'} and ${documents} document ${documents === 1 ? 'reference' : 'references'}.${answersAnnex ? ` Each source is listed with the answer it supports in annex ${answersAnnex}.` : ''}`,
    noSources: (cap) =>
      `No answer cites a source yet, so every answer that would score above ${cap} has been capped.`,
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
    articleNotAssessed: (article) =>
      `${article} could not be scored: none of its units was assessed.`,
    unitScore: (score, band) => `Score: ${score} out of 100 (${band}).`,
    unitNotAssessed: {
      'mostly-not-applicable':
        'Not assessed: more than half of its questions were marked not applicable.',
      'no-answers': 'Not assessed: none of its questions has been answered yet.',
      'no-questions-in-role':
        'Not assessed: none of its questions applies to the cooperation roles of the State.',
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
    noRecommendations: (threshold) =>
      `No recommendation arises: no answer scores ${threshold} or below.`,
    recommendationSource: (id, score) => `(question ${id}, score ${score})`,
    shadowOwnership: (organisation) =>
      `These conclusions and recommendations are those of ${organisation}.`,
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
    intro:
      'The scores in this report follow the method below, which the assessment tool applies to every assessment.',
  },
  comparison: {
    heading: (other) => `VI. Comparison with the ${other}`,
    otherSelf: (period) => `State self-assessment, ${period}`,
    otherShadow: (organisation, period) => `NGO shadow assessment by ${organisation}, ${period}`,
    otherShadowAnonymous: (period) => `NGO shadow assessment (organisation not named), ${period}`,
    intro: (other, threshold) =>
      `This chapter sets the present assessment beside the ${other}. Both are scored by the same method and questions are matched by their number. A difference is the score of the compared assessment minus the score of this assessment. A question is divergent when the two scores are ${threshold} points or more apart, or when one side gave a special answer (not applicable, don't know, information not public) that the other did not give.`,
    unmatched: (onlyHere, onlyThere) =>
      `The two assessments answer different versions of the questionnaire. Questions only in this assessment: ${onlyHere}. Questions only in the compared assessment: ${onlyThere}. These questions are left out of the question-by-question comparison.`,
    divergentCount: (count) =>
      `${count} ${count === 1 ? 'question is' : 'questions are'} divergent; ${count === 1 ? 'it is' : 'they are'} listed first, before the scores by article and by unit.`,
    noDivergent: (threshold) =>
      `No question is divergent: no two scores are ${threshold} points or more apart and every special answer is shared by both assessments.`,
    divergentCaption: 'Divergent questions',
    articlesCaption: 'Scores by article and overall, side by side',
    unitsCaption: 'Scores by unit of assessment, side by side',
    thisColumn: 'This assessment',
    otherColumn: 'Compared assessment',
    difference: 'Difference',
    reasonScore: (points) => `Scores ${points} points apart`,
    reasonSpecialOneSide: 'Special answer on one side only',
    reasonSpecialDifferent: 'Different special answers',
    specialAnswers: {
      'not-applicable': 'Not applicable',
      'dont-know': "Don't know",
      'not-public': 'Information not public',
    },
    outsideRoles: 'Outside the roles of the State',
  },
}

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one)

// French: UN French terms; spacing before two-part punctuation is added by frenchSpacing.
const fr: ReportStrings = mapCatalogText<ReportStrings>(
  {
    direction: 'ltr',
    formatNumber: (value) => formatLocaleNumber(value, 'fr', 3),
    // "1er janvier 2024", as French writes the first of the month.
    formatDate: intlDate('fr', (text) => text.replace(/^1 /, '1er ')),
    quote: (text) => `« ${text} »`,
    listSeparator: ', ',
    seriesSeparator: ' ; ',
    title: 'Rapport d’évaluation de la solidarité internationale',
    subtitle:
      'Alignement de la politique de coopération pour le développement sur les articles 7, 8 et 9 du projet de déclaration sur le droit à la solidarité internationale',
    keywords: [
      'solidarité internationale',
      'A/HRC/35/35',
      'coopération pour le développement',
      'droits de l’homme',
    ],
    selfAssessment: 'Auto-évaluation',
    shadowAssessment: 'Évaluation parallèle',
    unofficialNote:
      'Document non officiel — il ne s’agit pas d’une publication des Nations Unies. Établi au moyen d’un outil d’évaluation indépendant, il n’exprime pas les vues de l’Organisation des Nations Unies.',
    exampleMark: 'Exemple — données fictives, à des fins de démonstration uniquement',
    incomplete: (answered, applicable) =>
      `Évaluation incomplète : ${answered} questions applicables sur ${applicable} ont reçu une réponse`,
    coverFacts: {
      state: 'État évalué',
      assessmentType: 'Type d’évaluation',
      organisation: 'Évaluation réalisée par',
      author: 'Auteur',
      roles: 'Rôles dans la coopération',
      period: 'Période couverte',
      questionnaire: 'Questionnaire',
      generatedOn: 'Date du rapport',
      confidentiality: 'Confidentialité',
    },
    anonymousAssessor: 'l’évaluateur, dont le nom n’est pas communiqué à sa demande',
    questionnaireVersion: (id, version) => `${id}, version ${version}`,
    periodRange: (from, to) => `du ${from} au ${to}`,
    roles: {
      provider: 'fournisseur de coopération pour le développement',
      partner: 'partenaire bénéficiaire de la coopération pour le développement',
    },
    runningHeader: (title, state) => `${title} — ${state}`,
    pageOf: 'Page {page} sur {total}',
    contents: 'Table des matières',
    notAssessed: 'non évalué',
    noData: 'pas de données',
    percent: (share) => `${Math.round(share * 100)} %`,
    bands: {
      'not-aligned': 'absence d’alignement',
      minimal: 'alignement minimal',
      partial: 'alignement partiel',
      substantial: 'alignement substantiel',
      strong: 'alignement élevé',
    },
    indicators: { structural: 'structurel', process: 'processus', outcome: 'résultat' },
    indicatorShort: { structural: 'S', process: 'P', outcome: 'R' },
    overall: 'Ensemble',
    article: (id) => `article ${id}`,
    target: 'Cible',
    current: 'Situation actuelle',
    headings: {
      summary: 'Résumé',
      introduction: 'I. Introduction',
      framework: 'II. Cadre',
      profile: 'III. Profil de coopération',
      findings: 'IV. Constatations',
      conclusions: 'V. Conclusions et recommandations',
      conclusionsSub: 'A. Conclusions',
      recommendationsSub: 'B. Recommandations',
      addressees: {
        government: 'Au Gouvernement',
        'development-partners': 'Aux partenaires de développement',
        'other-stakeholders': 'Aux autres parties prenantes',
      },
      goodPractices: 'Bonnes pratiques',
      goodPractice: 'Bonne pratique',
      concerns: 'Sujets de préoccupation',
      concern: 'Sujet de préoccupation',
      evidence: 'Justificatifs',
      annex: (numeral, title) => `Annexe ${numeral}. ${title}`,
      annexMethod: 'Méthode de notation',
      annexAnswers: 'Questions, réponses et justificatifs',
      annexGaps: 'Lacunes dans les données',
      gapsUnanswered: 'Questions sans réponse',
      gapsDontKnow: 'Questions ayant reçu la réponse « ne sait pas »',
      gapsNotPublic: 'Questions ayant reçu la réponse « information non publique »',
      gapsUnevidenced: 'Réponses plafonnées faute de justificatifs',
      transparency: 'Constatations relatives à la transparence',
    },
    summary: {
      overall: (score, band) => `Alignement global : ${score} sur 100 (${band}).`,
      overallNotAssessed:
        'Aucune note globale n’a pu être calculée : aucune unité ne compte suffisamment de réponses.',
      coverage: (answered, applicable, share, evidenced, evidenceShare) =>
        `Couverture : ${answered} questions applicables sur ${applicable} ont reçu une réponse (${share}) ; ${evidenced} réponses sont étayées par des justificatifs (${evidenceShare}).`,
      strongest: (list) => `Unités les plus solides : ${list}.`,
      weakest: (list) => `Unités les plus faibles : ${list}.`,
      noRedFlags: 'Aucun signal d’alerte : aucune question essentielle n’a obtenu 0.',
      redFlags: (count, list) =>
        `${count} ${plural(count, 'signal', 'signaux')} d’alerte (${plural(count, 'question essentielle notée', 'questions essentielles notées')} 0) : ${list}.`,
      transparency: (count, list) =>
        `${count} ${plural(count, 'constatation relative', 'constatations relatives')} à la transparence : l’État ne rend pas l’information publique (${list}).`,
      shadowNote: (organisation) =>
        `Le présent document est une évaluation parallèle. Ses constatations sont celles de ${organisation}, établies à partir d’informations accessibles au public ; elles ne reflètent pas les vues du Gouvernement.`,
      articlesTableCaption:
        'Notes par article (0–100), avec les sous-notes structurelle (S), de processus (P) et de résultat (R)',
      radarTitle: 'Figure I. Profil des unités d’évaluation',
      radarDescription:
        'Chaque axe correspond à une unité d’évaluation, de 0 au centre à 100 au bord ; les cercles marquent les seuils des tranches 20, 40, 60 et 80. Trait plein et marqueurs ronds : notes actuelles. Trait discontinu et marqueurs carrés : notes cibles. Les unités non évaluées sont signalées et exclues des tracés ; elles ne sont jamais représentées par un zéro.',
      barsTitle:
        'Figure II. Notes par article, avec les sous-notes structurelle, de processus et de résultat',
      barsDescription:
        'Pour chaque article, la barre du haut représente la note de l’article et les trois barres suivantes les sous-notes structurelle (S), de processus (P) et de résultat (R) ; chaque barre porte sa valeur. Un trait discontinu marque la note cible lorsque des cibles ont été fixées.',
    },
    table: {
      article: 'Article',
      unit: 'Unité',
      question: 'Question',
      answer: 'Réponse',
      score: 'Note',
      band: 'Tranche',
      coverage: 'Réponses',
      evidence: 'Justificatifs',
      comment: 'Commentaire',
      value: 'Valeur',
      id: 'N°',
      reason: 'Motif',
    },
    intro: {
      scope: (state, source) =>
        `Le présent rapport évalue dans quelle mesure la politique de coopération pour le développement de ${state} est alignée sur les obligations énoncées aux articles 7, 8 et 9 du projet de déclaration sur le droit à la solidarité internationale (${source}, annexe).`,
      alignment: (answersAnnex) =>
        `Le projet de déclaration n’ayant pas encore été adopté, le rapport mesure l’alignement sur les obligations qui y sont énoncées plutôt que leur respect. Lorsqu’une question repose sur le droit en vigueur ou sur des indicateurs agréés, la référence est indiquée avec la question${answersAnnex ? ` à l’annexe ${answersAnnex}` : ''}.`,
      period: (from, to) => `L’évaluation couvre la période du ${from} au ${to}.`,
      methodSelf:
        'Le ministère a répondu à chaque question concernant sa propre politique et sa propre pratique, et a joint les documents à l’appui de ses réponses.',
      methodShadow:
        'L’évaluateur a répondu à chaque question concernant l’État à partir d’informations accessibles au public. Lorsque l’État ne publie pas les informations nécessaires, la réponse le précise, et ce fait est présenté comme une constatation relative à la transparence de l’État.',
      methodCommon: (methodAnnex, cap) =>
        `Chaque réponse est convertie en une note de 0 à 100. Une réponse qui obtiendrait plus de ${cap} sans justificatif est plafonnée à ${cap}. Les notes des unités accordent le même poids aux indicateurs structurels, de processus et de résultat, de sorte que des engagements sur le papier ne peuvent à eux seuls porter la note d’une unité. Les notes sont présentées avec leur couverture et ne servent jamais à classer les États. La méthode est exposée en détail à l’annexe ${methodAnnex}.`,
      whoSelf: (organisation) => `L’auto-évaluation a été réalisée par ${organisation}.`,
      whoShadow: (organisation) => `L’évaluation parallèle a été établie par ${organisation}.`,
      whoAnonymousSelf:
        'Le nom de l’organisme qui a réalisé l’auto-évaluation n’est pas communiqué.',
      whoAnonymousShadow:
        'Le nom de l’organisation qui a établi l’évaluation parallèle n’est pas communiqué, pour sa protection.',
      author: (author) => `Le rapport a été établi par ${author}.`,
      sources: (total, citations, links, documents, answersAnnex) =>
        `Les réponses s’appuient sur ${total} ${plural(total, 'source', 'sources')} : ${citations} ${plural(citations, 'citation', 'citations')}, ${links} ${plural(links, 'lien', 'liens')} et ${documents} ${plural(documents, 'référence', 'références')} de document.${answersAnnex ? ` Chaque source est indiquée à l’annexe ${answersAnnex}, avec la réponse qu’elle étaye.` : ''}`,
      noSources: (cap) =>
        `Aucune réponse ne cite encore de source ; toute réponse qui aurait obtenu plus de ${cap} a donc été plafonnée.`,
      confidentialWithheld: (count) =>
        `${count} ${plural(count, 'source confidentielle est comptée mais n’est pas citée', 'sources confidentielles sont comptées mais ne sont pas citées')} dans le présent rapport.`,
      language: (requested) =>
        `Le rapport a été demandé en « ${requested} », langue pour laquelle le libellé du rapport n’existe pas encore ; il est présenté en français.`,
    },
    framework: {
      intro: (score) =>
        `Le présent chapitre expose les réponses structurelles : les lois, politiques et engagements qui encadrent la coopération. Leur sous-note combinée est de ${score}. Les réponses structurelles se lisent conjointement avec les réponses de processus et de résultat présentées au chapitre IV.`,
      none: 'Aucune question structurelle n’a encore reçu de réponse.',
      tableCaption: 'Questions structurelles',
    },
    profile: {
      roles: (state, roles) => `L’évaluation porte sur ${state} en qualité de ${roles}.`,
      bothRoles:
        'L’État étant à la fois fournisseur et bénéficiaire de coopération, les questions relatives à chacun de ces rôles ont été posées.',
      numbersIntro:
        'Les chiffres ci-dessous sont les réponses quantitatives fournies : volumes, parts et effectifs qui décrivent la coopération et ses canaux.',
      noNumbers: 'Aucune question quantitative n’a encore reçu de réponse.',
      tableCaption: 'Réponses quantitatives',
      perception: 'données de perception',
    },
    findings: {
      articleIntro: (article, score, band, units) =>
        `L’${article} obtient ${score} sur 100 (${band}), soit la moyenne de ${units} ${plural(units, 'unité évaluée', 'unités évaluées')}.`,
      articleNotAssessed: (article) =>
        `L’${article} n’a pas pu être noté : aucune de ses unités n’a été évaluée.`,
      unitScore: (score, band) => `Note : ${score} sur 100 (${band}).`,
      unitNotAssessed: {
        'mostly-not-applicable':
          'Non évaluée : plus de la moitié de ses questions ont été marquées sans objet.',
        'no-answers': 'Non évaluée : aucune de ses questions n’a encore reçu de réponse.',
        'no-questions-in-role':
          'Non évaluée : aucune de ses questions ne s’applique aux rôles de l’État dans la coopération.',
      },
      subScores: (list) => `Sous-notes : ${list}.`,
      coverage: (answered, applicable, share, evidenced, evidenceShare) =>
        `Couverture : ${answered} questions applicables sur ${applicable} ont reçu une réponse (${share}), dont ${evidenced} avec justificatifs (${evidenceShare}).`,
      targetScore: (score) =>
        `Cible : les réponses prévues porteraient la note de l’unité à ${score}.`,
      evidenceList: (list) => `${list}.`,
      noEvidence: 'Aucun justificatif n’est cité pour cette unité.',
      goodPractice: (question, answer, score) => `${question} Réponse : ${answer} (note ${score}).`,
      noGoodPractice: (threshold) =>
        `Aucune bonne pratique n’est relevée : aucune question de cette unité n’obtient ${threshold} ou plus avec justificatif.`,
      concernLow: (question, answer, score) => `${question} Réponse : ${answer} (note ${score}).`,
      concernRedFlag: (question) =>
        `Signal d’alerte : cette question essentielle obtient 0. ${question}`,
      concernUnevidenced: (question, cap) =>
        `Aucun justificatif n’étaye la réponse ; sa note a donc été plafonnée à ${cap}. ${question}`,
      concernTransparency: (question) =>
        `Transparence : l’État ne rend pas publiques les informations nécessaires pour répondre. ${question}`,
      noConcerns: 'Aucun sujet de préoccupation n’est relevé pour cette unité.',
      questionRef: (id) => `[${id}]`,
      shadowFindings: (organisation) =>
        `Les constatations ci-dessous sont celles de ${organisation}.`,
    },
    conclusions: {
      overall: (state, score, band) =>
        `Dans l’ensemble, la politique de coopération pour le développement de ${state} se situe dans la tranche « ${band} » au regard des obligations énoncées aux articles 7 à 9 (${score} sur 100).`,
      overallNotAssessed: (state) =>
        `Les réponses fournies sont trop peu nombreuses pour tirer une conclusion d’ensemble sur la politique de ${state}.`,
      articles: (list) => `Par article : ${list}.`,
      redFlags: (count) =>
        count === 1
          ? 'Une question essentielle obtient 0 et appelle une action prioritaire.'
          : `${count} questions essentielles obtiennent 0 et appellent une action prioritaire.`,
      incomplete: (answered, applicable) =>
        `L’évaluation est incomplète (${answered} questions applicables sur ${applicable} ont reçu une réponse) ; ses conclusions sont provisoires.`,
      noRecommendations: (threshold) =>
        `Aucune recommandation n’en découle : aucune réponse n’obtient ${threshold} ou moins.`,
      recommendationSource: (id, score) => `(question ${id}, note ${score})`,
      shadowOwnership: (organisation) =>
        `Les présentes conclusions et recommandations sont celles de ${organisation}.`,
    },
    answers: {
      yes: 'Oui',
      partly: 'En partie',
      no: 'Non',
      notApplicable: (reason) => `Sans objet : ${reason}`,
      dontKnow: 'Ne sait pas',
      notPublic: 'Information non publique',
      notPublicShadow:
        'Information non publique (constatation relative à la transparence de l’État)',
      unanswered: 'Sans réponse',
      excludedRole: (reason) => `En dehors des rôles de l’État (${reason})`,
      checklist: (present, total, items) => `${present} sur ${total}${items ? ` : ${items}` : ''}`,
      maturity: (level, description) => `Niveau ${level} sur 4 — ${description}`,
      number: (value, unit) => `${value} ${unit}`,
      unevidenced: (cap) => `aucun justificatif : plafonnée à ${cap}`,
      redFlag: 'signal d’alerte',
      confidence: (level) => `Degré de confiance : ${level}`,
      confidenceLevels: { low: 'faible', medium: 'moyen', high: 'élevé' },
      targetValue: (value) => `Cible : ${value}`,
      confidentialEvidence: 'confidentiel',
      withheld: (count) =>
        `${count} ${plural(count, 'source confidentielle non communiquée', 'sources confidentielles non communiquées')}`,
      none: '—',
    },
    gaps: {
      intro:
        'La présente annexe recense les informations qui manquent à l’évaluation. Combler ces lacunes est le moyen le plus sûr de rendre les notes plus fiables.',
      none: 'Néant.',
      notPublicShadowNote:
        'Dans la présente évaluation, les réponses « information non publique » ne constituent pas des lacunes : ce sont des constatations relatives à la transparence de l’État, présentées avec chaque unité au chapitre IV.',
    },
    method: {
      intro:
        'Les notes du présent rapport suivent la méthode exposée ci-dessous, que l’outil d’évaluation applique à toute évaluation.',
    },
    comparison: {
      heading: (other) => `VI. Comparaison avec ${other}`,
      otherSelf: (period) => `l’auto-évaluation de l’État, ${period}`,
      otherShadow: (organisation, period) =>
        `l’évaluation parallèle de l’organisation non gouvernementale ${organisation}, ${period}`,
      otherShadowAnonymous: (period) =>
        `l’évaluation parallèle d’une organisation non gouvernementale dont le nom n’est pas communiqué, ${period}`,
      intro: (other, threshold) =>
        `Le présent chapitre met la présente évaluation en regard de ${other}. Les deux évaluations sont notées selon la même méthode et les questions sont mises en correspondance par leur numéro. L’écart correspond à la note de l’évaluation comparée diminuée de la note de la présente évaluation. Une question est considérée comme divergente lorsque les deux notes sont éloignées d’au moins ${threshold} points, ou lorsqu’une seule des deux évaluations y a apporté une réponse particulière (sans objet, ne sait pas, information non publique).`,
      unmatched: (onlyHere, onlyThere) =>
        `Les deux évaluations portent sur des versions différentes du questionnaire. Questions figurant uniquement dans la présente évaluation : ${onlyHere}. Questions figurant uniquement dans l’évaluation comparée : ${onlyThere}. Ces questions ne sont pas prises en compte dans la comparaison question par question.`,
      divergentCount: (count) =>
        count === 1
          ? 'Une question est divergente ; elle est présentée en premier, avant les notes par article et par unité.'
          : `${count} questions sont divergentes ; elles sont présentées en premier, avant les notes par article et par unité.`,
      noDivergent: (threshold) =>
        `Aucune question n’est divergente : aucun écart entre deux notes n’atteint ${threshold} points et chaque réponse particulière figure dans les deux évaluations.`,
      divergentCaption: 'Questions divergentes',
      articlesCaption: 'Notes par article et note globale, en regard',
      unitsCaption: 'Notes par unité d’évaluation, en regard',
      thisColumn: 'Présente évaluation',
      otherColumn: 'Évaluation comparée',
      difference: 'Écart',
      reasonScore: (points) => `Notes éloignées de ${points} points`,
      reasonSpecialOneSide: 'Réponse particulière dans une seule évaluation',
      reasonSpecialDifferent: 'Réponses particulières différentes',
      specialAnswers: {
        'not-applicable': 'Sans objet',
        'dont-know': 'Ne sait pas',
        'not-public': 'Information non publique',
      },
      outsideRoles: 'En dehors des rôles de l’État',
    },
  },
  frenchSpacing,
)

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

// Spanish: UN Spanish terms ("asociados para el desarrollo", "partes interesadas").
const es: ReportStrings = {
  direction: 'ltr',
  formatNumber: (value) => formatLocaleNumber(value, 'es', 3),
  formatDate: intlDate('es'),
  quote: (text) => `«${text}»`,
  listSeparator: ', ',
  seriesSeparator: '; ',
  title: 'Informe de evaluación de la solidaridad internacional',
  subtitle:
    'Alineación de la política de cooperación para el desarrollo con los artículos 7, 8 y 9 del proyecto de declaración sobre el derecho a la solidaridad internacional',
  keywords: [
    'solidaridad internacional',
    'A/HRC/35/35',
    'cooperación para el desarrollo',
    'derechos humanos',
  ],
  selfAssessment: 'Autoevaluación',
  shadowAssessment: 'Evaluación paralela',
  unofficialNote:
    'Documento no oficial — no es una publicación de las Naciones Unidas. Elaborado con una herramienta de evaluación independiente, no refleja las opiniones de las Naciones Unidas.',
  exampleMark: 'Ejemplo — datos ficticios, solo con fines de demostración',
  incomplete: (answered, applicable) =>
    `Evaluación incompleta: se han respondido ${answered} de ${applicable} preguntas aplicables`,
  coverFacts: {
    state: 'Estado evaluado',
    assessmentType: 'Tipo de evaluación',
    organisation: 'Evaluación realizada por',
    author: 'Autor',
    roles: 'Funciones en la cooperación',
    period: 'Período abarcado',
    questionnaire: 'Cuestionario',
    generatedOn: 'Fecha del informe',
    confidentiality: 'Confidencialidad',
  },
  anonymousAssessor: 'la entidad evaluadora, cuyo nombre se omite a petición suya',
  questionnaireVersion: (id, version) => `${id}, versión ${version}`,
  periodRange: (from, to) => `del ${from} al ${to}`,
  roles: {
    provider: 'proveedor de cooperación para el desarrollo',
    partner: 'asociado receptor de cooperación para el desarrollo',
  },
  runningHeader: (title, state) => `${title} — ${state}`,
  pageOf: 'Página {page} de {total}',
  contents: 'Índice',
  notAssessed: 'no evaluado',
  noData: 'sin datos',
  percent: (share) => `${Math.round(share * 100)}\u00A0%`,
  bands: {
    'not-aligned': 'sin alineación',
    minimal: 'alineación mínima',
    partial: 'alineación parcial',
    substantial: 'alineación sustancial',
    strong: 'alineación sólida',
  },
  indicators: { structural: 'estructural', process: 'de proceso', outcome: 'de resultado' },
  indicatorShort: { structural: 'E', process: 'P', outcome: 'R' },
  overall: 'Global',
  article: (id) => `artículo ${id}`,
  target: 'Meta',
  current: 'Situación actual',
  headings: {
    summary: 'Resumen',
    introduction: 'I. Introducción',
    framework: 'II. Marco',
    profile: 'III. Perfil de cooperación',
    findings: 'IV. Constataciones',
    conclusions: 'V. Conclusiones y recomendaciones',
    conclusionsSub: 'A. Conclusiones',
    recommendationsSub: 'B. Recomendaciones',
    addressees: {
      government: 'Al Gobierno',
      'development-partners': 'A los asociados para el desarrollo',
      'other-stakeholders': 'A otras partes interesadas',
    },
    goodPractices: 'Buenas prácticas',
    goodPractice: 'Buena práctica',
    concerns: 'Motivos de preocupación',
    concern: 'Motivo de preocupación',
    evidence: 'Pruebas',
    annex: (numeral, title) => `Anexo ${numeral}. ${title}`,
    annexMethod: 'Método de puntuación',
    annexAnswers: 'Preguntas, respuestas y pruebas',
    annexGaps: 'Lagunas de información',
    gapsUnanswered: 'Preguntas sin responder',
    gapsDontKnow: 'Preguntas respondidas con «no se sabe»',
    gapsNotPublic: 'Preguntas respondidas con «información no pública»',
    gapsUnevidenced: 'Respuestas limitadas por falta de pruebas',
    transparency: 'Constataciones sobre transparencia',
  },
  summary: {
    overall: (score, band) => `Alineación global: ${score} sobre 100 (${band}).`,
    overallNotAssessed:
      'No se pudo calcular una puntuación global: ninguna unidad tiene suficientes respuestas.',
    coverage: (answered, applicable, share, evidenced, evidenceShare) =>
      `Cobertura: se han respondido ${answered} de ${applicable} preguntas aplicables (${share}); ${evidenced} con pruebas (${evidenceShare}).`,
    strongest: (list) => `Unidades más sólidas: ${list}.`,
    weakest: (list) => `Unidades más débiles: ${list}.`,
    noRedFlags: 'No hay alertas: ninguna pregunta esencial obtuvo 0.',
    redFlags: (n, list) =>
      `${count(n, 'alerta', 'alertas')} (${n === 1 ? 'pregunta esencial' : 'preguntas esenciales'} con 0): ${list}.`,
    transparency: (n, list) =>
      `${count(n, 'constatación', 'constataciones')} sobre transparencia: el Estado no hace pública la información (${list}).`,
    shadowNote: (organisation) =>
      `Se trata de una evaluación paralela. Sus constataciones son las de ${organisation}, basadas en información de acceso público; no reflejan las opiniones del Gobierno.`,
    articlesTableCaption:
      'Puntuaciones por artículo (0–100), con las subpuntuaciones estructural (E), de proceso (P) y de resultado (R)',
    radarTitle: 'Gráfico I. Perfil de las unidades de evaluación',
    radarDescription:
      'Cada eje es una unidad de evaluación, de 0 en el centro a 100 en el borde; los anillos marcan los umbrales de las franjas 20, 40, 60 y 80. Línea continua con marcadores redondos: puntuaciones actuales. Línea discontinua con marcadores cuadrados: puntuaciones meta. Las unidades no evaluadas se indican y quedan fuera de las líneas; nunca se representan como cero.',
    barsTitle:
      'Gráfico II. Puntuaciones por artículo con las subpuntuaciones estructural, de proceso y de resultado',
    barsDescription:
      'Para cada artículo, la barra superior es la puntuación del artículo y las tres barras siguientes son las subpuntuaciones estructural (E), de proceso (P) y de resultado (R); cada barra indica su valor. Una marca discontinua señala la puntuación meta cuando se han fijado metas.',
  },
  table: {
    article: 'Artículo',
    unit: 'Unidad',
    question: 'Pregunta',
    answer: 'Respuesta',
    score: 'Puntuación',
    band: 'Franja',
    coverage: 'Respondidas',
    evidence: 'Pruebas',
    comment: 'Comentario',
    value: 'Valor',
    id: 'N.º',
    reason: 'Motivo',
  },
  intro: {
    scope: (state, source) =>
      `El presente informe evalúa en qué medida la política de cooperación para el desarrollo de ${state} se ajusta a las obligaciones enunciadas en los artículos 7, 8 y 9 del proyecto de declaración sobre el derecho a la solidaridad internacional (${source}, anexo).`,
    alignment: (answersAnnex) =>
      `Dado que la declaración es todavía un proyecto, el informe mide la alineación con las obligaciones que enuncia y no su cumplimiento. Cuando una pregunta se basa en legislación vigente o en indicadores acordados, la referencia figura junto a la pregunta${answersAnnex ? ` en el anexo ${answersAnnex}` : ''}.`,
    period: (from, to) =>
      `La evaluación abarca el período comprendido entre el ${from} y el ${to}.`,
    methodSelf:
      'El ministerio respondió a cada pregunta sobre su propia política y práctica y adjuntó los documentos que respaldan sus respuestas.',
    methodShadow:
      'La entidad evaluadora respondió a cada pregunta sobre el Estado a partir de información de acceso público. Cuando el Estado no publica la información necesaria, la respuesta lo indica, y ello se presenta como una constatación sobre la transparencia del Estado.',
    methodCommon: (methodAnnex, cap) =>
      `Cada respuesta se convierte en una puntuación de 0 a 100. Una respuesta que obtendría más de ${cap} sin pruebas que la respalden se limita a ${cap}. Las puntuaciones de las unidades otorgan el mismo peso a los indicadores estructurales, de proceso y de resultado, de modo que los compromisos sobre el papel no bastan por sí solos para sostener una unidad. Las puntuaciones se presentan con su cobertura y nunca se utilizan para clasificar a los Estados. El anexo ${methodAnnex} expone el método en detalle.`,
    whoSelf: (organisation) => `La autoevaluación fue realizada por ${organisation}.`,
    whoShadow: (organisation) => `La evaluación paralela fue elaborada por ${organisation}.`,
    whoAnonymousSelf: 'Se omite el nombre del organismo que realizó la autoevaluación.',
    whoAnonymousShadow:
      'Se omite, para su protección, el nombre de la organización que elaboró la evaluación paralela.',
    author: (author) => `El informe fue compilado por ${author}.`,
    sources: (total, citations, links, documents, answersAnnex) =>
      `Las respuestas se basan en ${count(total, 'fuente', 'fuentes')}: ${count(citations, 'cita', 'citas')}, ${count(links, 'enlace', 'enlaces')} y ${count(documents, 'referencia', 'referencias')} a documentos.${answersAnnex ? ` Cada fuente figura en el anexo ${answersAnnex} junto a la respuesta que respalda.` : ''}`,
    noSources: (cap) =>
      `Ninguna respuesta cita aún una fuente, por lo que toda respuesta que obtendría más de ${cap} se ha limitado a ${cap}.`,
    confidentialWithheld: (n) =>
      n === 1
        ? '1 fuente confidencial se contabiliza pero no se menciona en el presente informe.'
        : `${n} fuentes confidenciales se contabilizan pero no se mencionan en el presente informe.`,
    language: (requested) =>
      `El informe se solicitó en «${requested}», idioma para el que aún no existe el texto del informe; se presenta en español.`,
  },
  framework: {
    intro: (score) =>
      `En el presente capítulo se exponen las respuestas estructurales: las leyes, políticas y compromisos que enmarcan la cooperación. Su subpuntuación combinada es ${score}. Las respuestas estructurales se leen junto con las respuestas de proceso y de resultado del capítulo IV.`,
    none: 'Todavía no se ha respondido ninguna pregunta estructural.',
    tableCaption: 'Preguntas estructurales',
  },
  profile: {
    roles: (state, roles) => `Se evaluó a ${state} en calidad de ${roles}.`,
    bothRoles:
      'Dado que el Estado presta y recibe cooperación, se formularon las preguntas correspondientes a ambas funciones.',
    numbersIntro:
      'Las cifras que figuran a continuación son las respuestas cuantitativas facilitadas: volúmenes, proporciones y recuentos que describen la cooperación y sus canales.',
    noNumbers: 'Todavía no se ha respondido ninguna pregunta cuantitativa.',
    tableCaption: 'Respuestas cuantitativas',
    perception: 'datos de percepción',
  },
  findings: {
    articleIntro: (article, score, band, units) =>
      `El ${article} obtiene ${score} sobre 100 (${band}), el promedio de ${count(units, 'unidad evaluada', 'unidades evaluadas')}.`,
    articleNotAssessed: (article) =>
      `No se pudo puntuar el ${article}: no se evaluó ninguna de sus unidades.`,
    unitScore: (score, band) => `Puntuación: ${score} sobre 100 (${band}).`,
    unitNotAssessed: {
      'mostly-not-applicable':
        'No evaluada: más de la mitad de sus preguntas se marcaron como no aplicables.',
      'no-answers': 'No evaluada: todavía no se ha respondido ninguna de sus preguntas.',
      'no-questions-in-role':
        'No evaluada: ninguna de sus preguntas corresponde a las funciones de cooperación del Estado.',
    },
    subScores: (list) => `Subpuntuaciones: ${list}.`,
    coverage: (answered, applicable, share, evidenced, evidenceShare) =>
      `Cobertura: se han respondido ${answered} de ${applicable} preguntas aplicables (${share}), ${evidenced} con pruebas (${evidenceShare}).`,
    targetScore: (score) => `Meta: las respuestas previstas elevarían la unidad a ${score}.`,
    evidenceList: (list) => `${list}.`,
    noEvidence: 'No se citan pruebas para esta unidad.',
    goodPractice: (question, answer, score) =>
      `${question} Respuesta: ${answer} (puntuación ${score}).`,
    noGoodPractice: (threshold) =>
      `No se registra ninguna buena práctica: ninguna pregunta de esta unidad obtiene ${threshold} o más con pruebas.`,
    concernLow: (question, answer, score) =>
      `${question} Respuesta: ${answer} (puntuación ${score}).`,
    concernRedFlag: (question) => `Alerta: esta pregunta esencial obtiene 0. ${question}`,
    concernUnevidenced: (question, cap) =>
      `Ninguna prueba respalda la respuesta, por lo que su puntuación se limitó a ${cap}. ${question}`,
    concernTransparency: (question) =>
      `Transparencia: el Estado no hace pública la información necesaria para responder. ${question}`,
    noConcerns: 'No se registra ningún motivo de preocupación para esta unidad.',
    questionRef: (id) => `[${id}]`,
    shadowFindings: (organisation) =>
      `Las constataciones que figuran a continuación son las de ${organisation}.`,
  },
  conclusions: {
    overall: (state, score, band) =>
      `En conjunto, la política de cooperación para el desarrollo de ${state} se sitúa en la franja «${band}» respecto de las obligaciones enunciadas en los artículos 7 a 9 (${score} sobre 100).`,
    overallNotAssessed: (state) =>
      `Las respuestas facilitadas son demasiado escasas para extraer una conclusión global sobre la política de ${state}.`,
    articles: (list) => `Por artículo: ${list}.`,
    redFlags: (n) =>
      n === 1
        ? 'Una pregunta esencial obtiene 0 y requiere una actuación prioritaria.'
        : `${n} preguntas esenciales obtienen 0 y requieren una actuación prioritaria.`,
    incomplete: (answered, applicable) =>
      `La evaluación está incompleta (se han respondido ${answered} de ${applicable} preguntas aplicables); sus conclusiones son provisionales.`,
    noRecommendations: (threshold) =>
      `No se desprende ninguna recomendación: ninguna respuesta obtiene ${threshold} o menos.`,
    recommendationSource: (id, score) => `(pregunta ${id}, puntuación ${score})`,
    shadowOwnership: (organisation) =>
      `Las presentes conclusiones y recomendaciones son las de ${organisation}.`,
  },
  answers: {
    yes: 'Sí',
    partly: 'En parte',
    no: 'No',
    notApplicable: (reason) => `No aplicable: ${reason}`,
    dontKnow: 'No se sabe',
    notPublic: 'Información no pública',
    notPublicShadow: 'Información no pública (constatación sobre la transparencia del Estado)',
    unanswered: 'Sin respuesta',
    excludedRole: (reason) => `Fuera de las funciones del Estado (${reason})`,
    checklist: (present, total, items) => `${present} de ${total}${items ? `: ${items}` : ''}`,
    maturity: (level, description) => `Nivel ${level} de 4 — ${description}`,
    number: (value, unit) => `${value} ${unit}`,
    unevidenced: (cap) => `sin pruebas: limitada a ${cap}`,
    redFlag: 'alerta',
    confidence: (level) => `Grado de confianza: ${level}`,
    confidenceLevels: { low: 'bajo', medium: 'medio', high: 'alto' },
    targetValue: (value) => `Meta: ${value}`,
    confidentialEvidence: 'confidencial',
    withheld: (n) => count(n, 'fuente confidencial omitida', 'fuentes confidenciales omitidas'),
    none: '—',
  },
  gaps: {
    intro:
      'En el presente anexo se indica dónde falta información en la evaluación. Subsanar estas lagunas es la forma más segura de hacer más fiables las puntuaciones.',
    none: 'Ninguna.',
    notPublicShadowNote:
      'Las respuestas «información no pública» no son lagunas de esta evaluación: son constataciones sobre la transparencia del Estado y se presentan con cada unidad en el capítulo IV.',
  },
  method: {
    intro:
      'Las puntuaciones del presente informe siguen el método que se expone a continuación, que la herramienta de evaluación aplica a todas las evaluaciones.',
  },
  comparison: {
    heading: (other) => `VI. Comparación con ${other}`,
    otherSelf: (period) => `la autoevaluación del Estado, ${period}`,
    otherShadow: (organisation, period) =>
      `la evaluación paralela de la organización no gubernamental ${organisation}, ${period}`,
    otherShadowAnonymous: (period) =>
      `la evaluación paralela de una organización no gubernamental cuyo nombre no se indica, ${period}`,
    intro: (other, threshold) =>
      `En el presente capítulo se compara esta evaluación con ${other}. Ambas se puntúan con el mismo método y las preguntas se emparejan por su número. La diferencia es la puntuación de la evaluación comparada menos la puntuación de esta evaluación. Una pregunta se considera divergente cuando las dos puntuaciones distan ${threshold} puntos o más, o cuando solo una de las evaluaciones dio una respuesta especial (no aplicable, no se sabe, información no pública).`,
    unmatched: (onlyHere, onlyThere) =>
      `Las dos evaluaciones responden a versiones distintas del cuestionario. Preguntas que figuran solo en esta evaluación: ${onlyHere}. Preguntas que figuran solo en la evaluación comparada: ${onlyThere}. Estas preguntas quedan fuera de la comparación pregunta por pregunta.`,
    divergentCount: (n) =>
      n === 1
        ? 'Una pregunta es divergente; se presenta en primer lugar, antes de las puntuaciones por artículo y por unidad.'
        : `${n} preguntas son divergentes; se presentan en primer lugar, antes de las puntuaciones por artículo y por unidad.`,
    noDivergent: (threshold) =>
      `Ninguna pregunta es divergente: ninguna diferencia entre dos puntuaciones alcanza ${threshold} puntos y todas las respuestas especiales figuran en ambas evaluaciones.`,
    divergentCaption: 'Preguntas divergentes',
    articlesCaption: 'Puntuaciones por artículo y puntuación global, comparadas',
    unitsCaption: 'Puntuaciones por unidad de evaluación, comparadas',
    thisColumn: 'Esta evaluación',
    otherColumn: 'Evaluación comparada',
    difference: 'Diferencia',
    reasonScore: (points) => `Puntuaciones que distan ${points} puntos`,
    reasonSpecialOneSide: 'Respuesta especial en una sola evaluación',
    reasonSpecialDifferent: 'Respuestas especiales distintas',
    specialAnswers: {
      'not-applicable': 'No aplicable',
      'dont-know': 'No se sabe',
      'not-public': 'Información no pública',
    },
    outsideRoles: 'Fuera de las funciones del Estado',
  },
}

/** Annex numbers as United Nations Arabic documents write them: المرفق الأول, الثاني … */
const ARABIC_ORDINALS: Record<string, string> = {
  I: 'الأول',
  II: 'الثاني',
  III: 'الثالث',
  IV: 'الرابع',
  V: 'الخامس',
  VI: 'السادس',
}
const ordinal = (numeral: string) => ARABIC_ORDINALS[numeral] ?? numeral

/** Month names as in United Nations Arabic documents: the Levantine name, then the Egyptian one. */
const ARABIC_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
]

function arabicDate(iso: string): string {
  const date = isoDate(iso)
  if (!date) return iso
  return `${date.getUTCDate()} ${ARABIC_MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`
}

// Arabic: UN Arabic terms and numbering (أولاً- … for chapters, ألف- … for sub-parts, المرفق
// الأول …) with Western digits. Counts are given as "label: number" where Arabic would need the
// noun to agree with the number.
const ar: ReportStrings = {
  direction: 'rtl',
  formatNumber: (value) => formatLocaleNumber(value, 'ar', 3),
  formatDate: arabicDate,
  quote: (text) => `«${text}»`,
  listSeparator: '، ',
  seriesSeparator: '؛ ',
  title: 'تقرير تقييم التضامن الدولي',
  subtitle:
    'مدى مواءمة سياسة التعاون الإنمائي مع المواد 7 و8 و9 من مشروع الإعلان المتعلق بالحق في التضامن الدولي',
  keywords: ['التضامن الدولي', 'A/HRC/35/35', 'التعاون الإنمائي', 'حقوق الإنسان'],
  selfAssessment: 'تقييم ذاتي',
  shadowAssessment: 'تقييم الظل',
  unofficialNote:
    'وثيقة غير رسمية — ليست من منشورات الأمم المتحدة. أُعدَّت باستخدام أداة تقييم مستقلة، ولا تعبّر عن آراء الأمم المتحدة.',
  exampleMark: 'مثال — بيانات وهمية لأغراض العرض فقط',
  incomplete: (answered, applicable) =>
    `تقييم غير مكتمل: أُجيب عن ${answered} من أصل ${applicable} من الأسئلة المنطبقة`,
  coverFacts: {
    state: 'الدولة موضوع التقييم',
    assessmentType: 'نوع التقييم',
    organisation: 'الجهة التي أجرت التقييم',
    author: 'المُعِدّ',
    roles: 'الأدوار في التعاون',
    period: 'الفترة المشمولة',
    questionnaire: 'الاستبيان',
    generatedOn: 'تاريخ التقرير',
    confidentiality: 'السرية',
  },
  anonymousAssessor: 'الجهة المقيِّمة التي حُجب اسمها بناءً على طلبها',
  questionnaireVersion: (id, version) => `${id}، الإصدار ${version}`,
  periodRange: (from, to) => `من ${from} إلى ${to}`,
  roles: {
    provider: 'مقدِّم للتعاون الإنمائي',
    partner: 'شريك متلقٍّ للتعاون الإنمائي',
  },
  runningHeader: (title, state) => `${title} — ${state}`,
  pageOf: 'الصفحة {page} من {total}',
  contents: 'المحتويات',
  notAssessed: 'لم يُقيَّم',
  noData: 'لا توجد بيانات',
  percent: (share) => `${Math.round(share * 100)} في المائة`,
  bands: {
    'not-aligned': 'انعدام المواءمة',
    minimal: 'مواءمة دنيا',
    partial: 'مواءمة جزئية',
    substantial: 'مواءمة كبيرة',
    strong: 'مواءمة قوية',
  },
  indicators: { structural: 'هيكلي', process: 'عملية', outcome: 'نتائج' },
  indicatorShort: { structural: 'هـ', process: 'ع', outcome: 'ن' },
  overall: 'الإجمالي',
  article: (id) => `المادة ${id}`,
  target: 'الهدف',
  current: 'الوضع الحالي',
  headings: {
    summary: 'موجز',
    introduction: 'أولاً- مقدمة',
    framework: 'ثانياً- الإطار',
    profile: 'ثالثاً- لمحة عن التعاون',
    findings: 'رابعاً- النتائج',
    conclusions: 'خامساً- الاستنتاجات والتوصيات',
    conclusionsSub: 'ألف- الاستنتاجات',
    recommendationsSub: 'باء- التوصيات',
    addressees: {
      government: 'إلى الحكومة',
      'development-partners': 'إلى الشركاء في التنمية',
      'other-stakeholders': 'إلى سائر أصحاب المصلحة',
    },
    goodPractices: 'الممارسات الجيدة',
    goodPractice: 'ممارسة جيدة',
    concerns: 'دواعي القلق',
    concern: 'داعٍ للقلق',
    evidence: 'الأدلة',
    annex: (numeral, title) => `المرفق ${ordinal(numeral)}: ${title}`,
    annexMethod: 'منهجية حساب الدرجات',
    annexAnswers: 'الأسئلة والإجابات والأدلة',
    annexGaps: 'الثغرات في البيانات',
    gapsUnanswered: 'الأسئلة التي لم يُجَب عنها',
    gapsDontKnow: 'الأسئلة التي كانت الإجابة عنها «لا أعرف»',
    gapsNotPublic: 'الأسئلة التي كانت الإجابة عنها «المعلومات غير متاحة للعموم»',
    gapsUnevidenced: 'الإجابات التي حُدَّت درجتها لعدم وجود أدلة',
    transparency: 'النتائج المتعلقة بالشفافية',
  },
  summary: {
    overall: (score, band) => `المواءمة الإجمالية: ${score} من 100 (${band}).`,
    overallNotAssessed: 'تعذّر حساب درجة إجمالية: لا توجد وحدة لديها ما يكفي من الإجابات.',
    coverage: (answered, applicable, share, evidenced, evidenceShare) =>
      `التغطية: أُجيب عن ${answered} من أصل ${applicable} من الأسئلة المنطبقة (${share})؛ منها ${evidenced} مدعومة بأدلة (${evidenceShare}).`,
    strongest: (list) => `أقوى الوحدات: ${list}.`,
    weakest: (list) => `أضعف الوحدات: ${list}.`,
    noRedFlags: 'لا توجد إشارات تحذيرية: لم يحصل أي سؤال أساسي على 0.',
    redFlags: (count, list) =>
      `${arabicCount(count, { one: 'إشارة تحذيرية واحدة', two: 'إشارتان تحذيريتان', few: 'إشارات تحذيرية', many: 'إشارة تحذيرية' })} (أسئلة أساسية حصلت على 0): ${list}.`,
    transparency: (count, list) =>
      `${arabicCount(count, { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' })} تتعلق بالشفافية: لا تتيح الدولة المعلومات للعموم (${list}).`,
    shadowNote: (organisation) =>
      `هذا تقييم ظل. ونتائجه هي نتائج ${organisation}، وقد استُخلصت من معلومات متاحة للعموم؛ ولا تمثل آراء الحكومة.`,
    articlesTableCaption:
      'الدرجات بحسب المادة (0–100) مع الدرجات الفرعية الهيكلية (هـ) ودرجات العملية (ع) ودرجات النتائج (ن)',
    radarTitle: 'الشكل الأول- صورة وحدات التقييم',
    radarDescription:
      'يمثل كل محور وحدة من وحدات التقييم، من 0 في المركز إلى 100 عند الحافة؛ وتشير الحلقات إلى حدود الفئات 20 و40 و60 و80. الخط المتصل ذو العلامات المستديرة: الدرجات الحالية. الخط المتقطع ذو العلامات المربعة: الدرجات المستهدفة. وتُذكر الوحدات التي لم تُقيَّم وتُستبعد من الخطوط، ولا تُرسم أبداً على أنها صفر.',
    barsTitle:
      'الشكل الثاني- الدرجات بحسب المادة مع الدرجات الفرعية الهيكلية ودرجات العملية والنتائج',
    barsDescription:
      'لكل مادة، يمثل الشريط العلوي درجة المادة، وتمثل الأشرطة الثلاثة التي تليه الدرجات الفرعية الهيكلية (هـ) والعملية (ع) والنتائج (ن)؛ ويحمل كل شريط قيمته. وتشير علامة متقطعة إلى الدرجة المستهدفة حيثما حُدِّدت أهداف.',
  },
  table: {
    article: 'المادة',
    unit: 'الوحدة',
    question: 'السؤال',
    answer: 'الإجابة',
    score: 'الدرجة',
    band: 'الفئة',
    coverage: 'نسبة الإجابة',
    evidence: 'الأدلة',
    comment: 'تعليق',
    value: 'القيمة',
    id: 'الرقم',
    reason: 'السبب',
  },
  intro: {
    scope: (state, source) =>
      `يقيّم هذا التقرير مدى مواءمة سياسة التعاون الإنمائي في ${state} مع الواجبات المنصوص عليها في المواد 7 و8 و9 من مشروع الإعلان المتعلق بالحق في التضامن الدولي (${source}، المرفق).`,
    alignment: (answersAnnex) =>
      `لمّا كان الإعلان لا يزال مشروعاً، فإن التقرير يقيس مدى المواءمة مع الواجبات التي ينص عليها لا مدى الامتثال لها. وحيثما يستند سؤال إلى قانون قائم أو إلى مؤشرات متفق عليها، يُذكر المرجع مع السؤال${answersAnnex ? ` في المرفق ${ordinal(answersAnnex)}` : ''}.`,
    period: (from, to) => `يشمل التقييم الفترة من ${from} إلى ${to}.`,
    methodSelf:
      'أجابت الوزارة عن كل سؤال يتعلق بسياستها وممارساتها، وأرفقت الوثائق التي تدعم إجاباتها.',
    methodShadow:
      'أجابت الجهة المقيِّمة عن كل سؤال يتعلق بالدولة استناداً إلى معلومات متاحة للعموم. وحيثما لا تنشر الدولة المعلومات اللازمة، تذكر الإجابة ذلك، ويُعرض هذا الأمر بوصفه نتيجة تتعلق بشفافية الدولة.',
    methodCommon: (methodAnnex, cap) =>
      `تُحوَّل كل إجابة إلى درجة من 0 إلى 100. والإجابة التي كانت ستحصل على أكثر من ${cap} دون أدلة داعمة تُحَدّ درجتها عند ${cap}. وتمنح درجات الوحدات وزناً متساوياً للمؤشرات الهيكلية ومؤشرات العملية ومؤشرات النتائج، بحيث لا تكفي الالتزامات المكتوبة وحدها لرفع درجة الوحدة. وتُعرض الدرجات مع نسبة تغطيتها، ولا تُستخدم أبداً لترتيب الدول. ويعرض المرفق ${ordinal(methodAnnex)} المنهجية بالتفصيل.`,
    whoSelf: (organisation) => `الجهة التي أجرت التقييم الذاتي: ${organisation}.`,
    whoShadow: (organisation) => `الجهة التي أعدّت تقييم الظل: ${organisation}.`,
    whoAnonymousSelf: 'حُجب اسم الجهة التي أجرت التقييم الذاتي.',
    whoAnonymousShadow: 'حُجب اسم المنظمة التي أعدّت تقييم الظل حمايةً لها.',
    author: (author) => `مُعِدّ التقرير: ${author}.`,
    sources: (total, citations, links, documents, answersAnnex) =>
      `عدد المصادر التي تستند إليها الإجابات: ${total} (الاستشهادات: ${citations}؛ الروابط: ${links}؛ الإحالات إلى وثائق: ${documents}).${answersAnnex ? ` ويرد كل مصدر في المرفق ${ordinal(answersAnnex)} مع الإجابة التي يدعمها.` : ''}`,
    noSources: (cap) =>
      `لا تستشهد أي إجابة بمصدر حتى الآن، ولذلك حُدَّت عند ${cap} درجةُ كل إجابة كانت ستحصل على أكثر من ${cap}.`,
    confidentialWithheld: (count) =>
      `عدد المصادر السرية المحتسبة التي لا تُذكر في هذا التقرير: ${count}.`,
    language: (requested) =>
      `طُلب التقرير باللغة «${requested}»، ولا تتوفر بعدُ صيغة للتقرير بهذه اللغة؛ ولذا يُقدَّم باللغة العربية.`,
  },
  framework: {
    intro: (score) =>
      `يعرض هذا الفصل الإجابات الهيكلية: القوانين والسياسات والالتزامات التي تؤطر التعاون. وتبلغ درجتها الفرعية المجمَّعة ${score}. وتُقرأ الإجابات الهيكلية مقترنةً بإجابات العملية والنتائج الواردة في الفصل رابعاً.`,
    none: 'لم يُجَب بعدُ عن أي سؤال هيكلي.',
    tableCaption: 'الأسئلة الهيكلية',
  },
  profile: {
    roles: (state, roles) => `قُيِّمت الدولة (${state}) بصفتها ${roles}.`,
    bothRoles: 'ولأن الدولة تقدّم التعاون وتتلقاه في آن واحد، طُرحت الأسئلة المتعلقة بكلا الدورين.',
    numbersIntro:
      'ترد أدناه الإجابات الكمية المقدَّمة: الأحجام والنسب والأعداد التي تصف التعاون وقنواته.',
    noNumbers: 'لم يُجَب بعدُ عن أي سؤال كمي.',
    tableCaption: 'الإجابات الكمية',
    perception: 'بيانات تصوّرات',
  },
  findings: {
    articleIntro: (article, score, band, units) =>
      `تحصل ${article} على ${score} من 100 (${band})، وهي متوسط درجات الوحدات المقيَّمة (عددها ${units}).`,
    articleNotAssessed: (article) => `تعذّر حساب درجة ${article}: لم تُقيَّم أي وحدة من وحداتها.`,
    unitScore: (score, band) => `الدرجة: ${score} من 100 (${band}).`,
    unitNotAssessed: {
      'mostly-not-applicable': 'لم تُقيَّم: أكثر من نصف أسئلتها مُعلَّم بأنه لا ينطبق.',
      'no-answers': 'لم تُقيَّم: لم يُجَب بعدُ عن أي سؤال من أسئلتها.',
      'no-questions-in-role': 'لم تُقيَّم: لا ينطبق أي سؤال من أسئلتها على أدوار الدولة في التعاون.',
    },
    subScores: (list) => `الدرجات الفرعية: ${list}.`,
    coverage: (answered, applicable, share, evidenced, evidenceShare) =>
      `التغطية: أُجيب عن ${answered} من أصل ${applicable} من الأسئلة المنطبقة (${share})، منها ${evidenced} مدعومة بأدلة (${evidenceShare}).`,
    targetScore: (score) => `الهدف: سترفع الإجابات المخطط لها درجة الوحدة إلى ${score}.`,
    evidenceList: (list) => `${list}.`,
    noEvidence: 'لم يُستشهد بأي دليل لهذه الوحدة.',
    goodPractice: (question, answer, score) => `${question} الإجابة: ${answer} (الدرجة ${score}).`,
    noGoodPractice: (threshold) =>
      `لم تُسجَّل أي ممارسة جيدة: لا يحصل أي سؤال في هذه الوحدة على ${threshold} أو أكثر مع أدلة داعمة.`,
    concernLow: (question, answer, score) => `${question} الإجابة: ${answer} (الدرجة ${score}).`,
    concernRedFlag: (question) => `إشارة تحذيرية: حصل هذا السؤال الأساسي على 0. ${question}`,
    concernUnevidenced: (question, cap) =>
      `لا توجد أدلة تدعم الإجابة، ولذلك حُدَّت درجتها عند ${cap}. ${question}`,
    concernTransparency: (question) =>
      `الشفافية: لا تتيح الدولة للعموم المعلومات اللازمة للإجابة. ${question}`,
    noConcerns: 'لم يُسجَّل أي داعٍ للقلق بشأن هذه الوحدة.',
    questionRef: (id) => `[${id}]`,
    shadowFindings: (organisation) => `النتائج الواردة أدناه هي نتائج ${organisation}.`,
  },
  conclusions: {
    overall: (state, score, band) =>
      `إجمالاً، تقع سياسة التعاون الإنمائي في ${state} ضمن فئة «${band}» فيما يتعلق بالواجبات المنصوص عليها في المواد من 7 إلى 9 (${score} من 100).`,
    overallNotAssessed: (state) =>
      `الإجابات المقدَّمة أقل من أن تسمح باستخلاص استنتاج إجمالي بشأن السياسة المتبعة في ${state}.`,
    articles: (list) => `بحسب المادة: ${list}.`,
    redFlags: (count) => `عدد الأسئلة الأساسية التي حصلت على 0 ويتعين التصدي لها أولاً: ${count}.`,
    incomplete: (answered, applicable) =>
      `التقييم غير مكتمل (أُجيب عن ${answered} من أصل ${applicable} من الأسئلة المنطبقة)؛ ولذا فإن استنتاجاته مؤقتة.`,
    noRecommendations: (threshold) => `لا تنشأ أي توصية: لا تحصل أي إجابة على ${threshold} أو أقل.`,
    recommendationSource: (id, score) => `(السؤال ${id}، الدرجة ${score})`,
    shadowOwnership: (organisation) =>
      `هذه الاستنتاجات والتوصيات هي استنتاجات وتوصيات ${organisation}.`,
  },
  answers: {
    yes: 'نعم',
    partly: 'جزئياً',
    no: 'لا',
    notApplicable: (reason) => `لا ينطبق: ${reason}`,
    dontKnow: 'لا أعرف',
    notPublic: 'المعلومات غير متاحة للعموم',
    notPublicShadow: 'المعلومات غير متاحة للعموم (نتيجة تتعلق بشفافية الدولة)',
    unanswered: 'لم يُجَب عنه',
    excludedRole: (reason) => `خارج أدوار الدولة (${reason})`,
    checklist: (present, total, items) => `${present} من ${total}${items ? `: ${items}` : ''}`,
    maturity: (level, description) => `المستوى ${level} من 4 — ${description}`,
    number: (value, unit) => `${value} ${unit}`,
    unevidenced: (cap) => `لا أدلة: حُدَّت الدرجة عند ${cap}`,
    redFlag: 'إشارة تحذيرية',
    confidence: (level) => `درجة الثقة: ${level}`,
    confidenceLevels: { low: 'منخفضة', medium: 'متوسطة', high: 'عالية' },
    targetValue: (value) => `الهدف: ${value}`,
    confidentialEvidence: 'سري',
    withheld: (count) => `مصادر سرية محجوبة: ${count}`,
    none: '—',
  },
  gaps: {
    intro:
      'يبيّن هذا المرفق مواطن نقص المعلومات في التقييم. وسدّ هذه الثغرات هو أضمن سبيل لزيادة موثوقية الدرجات.',
    none: 'لا يوجد.',
    notPublicShadowNote:
      'الإجابات «المعلومات غير متاحة للعموم» ليست ثغرات في هذا التقييم: إنها نتائج تتعلق بشفافية الدولة، وترد مع كل وحدة في الفصل رابعاً.',
  },
  method: {
    intro:
      'تتبع الدرجات الواردة في هذا التقرير المنهجية المبيَّنة أدناه، التي تطبقها أداة التقييم على كل تقييم.',
  },
  comparison: {
    heading: (other) => `سادساً- المقارنة مع ${other}`,
    otherSelf: (period) => `التقييم الذاتي للدولة، ${period}`,
    otherShadow: (organisation, period) =>
      `تقييم الظل الذي أعدته المنظمة غير الحكومية ${organisation}، ${period}`,
    otherShadowAnonymous: (period) => `تقييم الظل الذي أعدته منظمة غير حكومية حُجب اسمها، ${period}`,
    intro: (other, threshold) =>
      `يضع هذا الفصل التقييم الحالي جنباً إلى جنب مع ${other}. ويُحسب كلا التقييمين وفق المنهجية نفسها، وتُطابَق الأسئلة بحسب أرقامها. والفرق هو درجة التقييم المقارَن مطروحاً منها درجة هذا التقييم. ويُعدّ السؤال متبايناً إذا بلغ الفرق بين الدرجتين ${threshold} نقطة أو أكثر، أو إذا قدّم أحد التقييمين دون الآخر إجابة خاصة (لا ينطبق، لا أعرف، المعلومات غير متاحة للعموم).`,
    unmatched: (onlyHere, onlyThere) =>
      `يستند التقييمان إلى صيغتين مختلفتين من الاستبيان. الأسئلة الواردة في هذا التقييم وحده: ${onlyHere}. الأسئلة الواردة في التقييم المقارَن وحده: ${onlyThere}. ولا تدخل هذه الأسئلة في المقارنة سؤالاً بسؤال.`,
    divergentCount: (count) =>
      `عدد الأسئلة المتباينة: ${count}؛ وترد أولاً، قبل الدرجات بحسب المادة وبحسب الوحدة.`,
    noDivergent: (threshold) =>
      `لا يوجد أي سؤال متباين: لا يبلغ الفرق بين أي درجتين ${threshold} نقطة، وكل إجابة خاصة واردة في التقييمين كليهما.`,
    divergentCaption: 'الأسئلة المتباينة',
    articlesCaption: 'الدرجات بحسب المادة والدرجة الإجمالية، جنباً إلى جنب',
    unitsCaption: 'الدرجات بحسب وحدة التقييم، جنباً إلى جنب',
    thisColumn: 'هذا التقييم',
    otherColumn: 'التقييم المقارَن',
    difference: 'الفرق',
    reasonScore: (points) => `فرق قدره ${points} نقطة بين الدرجتين`,
    reasonSpecialOneSide: 'إجابة خاصة في أحد التقييمين دون الآخر',
    reasonSpecialDifferent: 'إجابتان خاصتان مختلفتان',
    specialAnswers: {
      'not-applicable': 'لا ينطبق',
      'dont-know': 'لا أعرف',
      'not-public': 'المعلومات غير متاحة للعموم',
    },
    outsideRoles: 'خارج أدوار الدولة',
  },
}

/** Languages the report is written in; adding one here requires its complete catalog. */
export type ReportLanguage = 'en' | 'fr' | 'es' | 'ar'

const catalogs: Record<ReportLanguage, ReportStrings> = { en, fr, es, ar }

export const REPORT_LANGUAGES = Object.keys(catalogs) as ReportLanguage[]

function isReportLanguage(language: string): language is ReportLanguage {
  return Object.hasOwn(catalogs, language)
}

/** The catalog for a language (or its base language, "fr" for "fr-CA"); English when none exists. */
export function reportStrings(language: string): {
  language: ReportLanguage
  strings: ReportStrings
} {
  if (isReportLanguage(language)) return { language, strings: catalogs[language] }
  const base = language.split('-')[0] ?? language
  if (isReportLanguage(base)) return { language: base, strings: catalogs[base] }
  return { language: 'en', strings: en }
}
