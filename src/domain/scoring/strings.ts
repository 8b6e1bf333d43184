// Wording produced by the scoring engine — exclusion reasons, band names, labels and the
// sentence frames of the method description — in every language the app ships, plus the
// locale rules (numbers, French spacing) they share with the report. Kept in one place so the
// results screens, the report and the command line say the same thing. Each language is one
// typed catalog: a key missing in any language fails the typecheck.
import type { IndicatorType, Role } from '@/domain/questionnaire/schema'
import { roundHalfUp } from '@/domain/scoring/rules'
import type { BandId, UnitScore } from '@/domain/scoring/types'

export const SCORING_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const
export type ScoringLanguage = (typeof SCORING_LANGUAGES)[number]

type NotAssessedReason = NonNullable<UnitScore['notAssessedReason']>
type SpecialAnswer = 'not-applicable' | 'dont-know' | 'not-public'
/** Questions of the method's worked example, by the suffix of their id (E-S1 …). */
export type ExampleQuestionKey = 'S1' | 'S2' | 'P1' | 'P2' | 'O1' | 'O2'

/** Sentence frames of the method description; numbers arrive already formatted for the locale. */
export interface MethodStrings {
  title: string
  intro: string
  indicators: Record<IndicatorType, string>
  bandRangeFirst: (from: string, to: string) => string
  bandRangeOther: (from: string, to: string) => string
  bandText: (range: string, label: string) => string
  /** Joins short items ("20, 40, 60, 80"). */
  list: (items: string[]) => string
  /** Joins items that contain commas themselves ("…: a; …: b"). */
  series: (items: string[]) => string
  steps: {
    answer: {
      title: string
      yesPartlyNo: (yes: string, partly: string, no: string) => string
      maturity: (maxLevel: string, scores: string) => string
      number: (min: string, max: string) => string
      band: (min: string, max: string) => string
      checklist: (max: string) => string
    }
    special: {
      title: string
      notApplicable: (label: string) => string
      dontKnow: (label: string, score: string) => string
      notPublic: (label: string, score: string) => string
      unanswered: string
      outOfRole: string
    }
    evidence: { title: string; gate: (cap: string) => string }
    unit: {
      title: string
      average: string
      subScores: string
      notAssessed: (share: string) => string
    }
    article: { title: string; articleMean: string; overall: string }
    bands: { title: string; text: (thresholds: string, list: string) => string }
    coverage: { title: string; coverage: string; redFlag: (min: string) => string }
    gaps: {
      title: string
      gaps: (max: string) => string
      recommendation: (threshold: string) => string
      targets: string
    }
    compare: { title: string; divergence: (threshold: string) => string }
    rounding: { title: string; exact: string; profile: string }
  }
  example: {
    title: string
    intro: string
    questionnaireTitle: string
    articleTitle: string
    unitTitle: string
    duty: string
    guidance: string
    evidencePrompt: string
    recommendation: string
    questions: Record<ExampleQuestionKey, string>
    item: (letter: string) => string
    level: (level: number) => string
    numberUnit: string
    numberTargetSource: string
    notApplicableReason: string
    answers: {
      yesPartlyNo: Record<'yes' | 'partly' | 'no', string>
      notAnswered: string
      checklist: (present: string, total: string) => string
      level: (level: string) => string
      number: (value: string, unit: string) => string
    }
    notes: {
      capped: (cap: string) => string
      leftOut: (reason: string) => string
      redFlag: string
      flagged: string
    }
    calculation: {
      type: (label: string, terms: string, weights: string, result: string) => string
      term: (score: string, weight: string) => string
      unit: (terms: string, count: string, result: string, shown: string) => string
      coverage: (answered: string, applicable: string, evidenced: string) => string
    }
    conclusion: (score: string, band: string, redFlags: number) => string
  }
}

export interface ScoringStrings {
  bands: Record<BandId, string>
  roles: Record<Role, string>
  /** Why a question outside the respondent's roles is left out, given the roles' labels. */
  roleExclusion: (roleLabels: string[]) => string
  notAssessed: Record<NotAssessedReason, string>
  specialAnswers: Record<SpecialAnswer, string>
  method: MethodStrings
}

// ---------------------------------------------------------------------------------------------
// Locale rules shared with the report

const NUMBER_LOCALES: Record<ScoringLanguage, string> = {
  en: 'en',
  fr: 'fr',
  es: 'es',
  // United Nations Arabic documents write numbers with Western digits (A/HRC/35/35, 2024, 50).
  ar: 'ar-u-nu-latn',
}

/** The shipped language for a language tag: exact, then its base ("fr" for "fr-CA"), else English. */
export function resolveLanguage(language: string): ScoringLanguage {
  const base = language.split('-')[0] ?? language
  return (
    SCORING_LANGUAGES.find((l) => l === language) ??
    SCORING_LANGUAGES.find((l) => l === base) ??
    'en'
  )
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/**
 * A number as the language writes it, with up to `decimals` decimals and no trailing zeros:
 * 62.5 in English, 62,5 in French and Spanish. English keeps the plain form the engine has always
 * printed (no thousands separators), so English output does not change.
 */
export function formatLocaleNumber(value: number, language: string, decimals = 2): string {
  const lang = resolveLanguage(language)
  const rounded = roundHalfUp(value, decimals)
  if (lang === 'en') return String(rounded)
  const key = `${lang}:${decimals}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang], { maximumFractionDigits: decimals })
    numberFormats.set(key, format)
  }
  // Strip the bidi marks some locales add; the report's renderer orders text itself.
  return format.format(rounded).replace(/[\u200E\u200F\u061C]/g, '')
}

/**
 * French typography as in United Nations French documents: a no-break space before : ; ! ? and
 * », after «, and before %, so a line never starts with a colon or a closing guillemet.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ (?=[:;!?»%])/g, '\u00A0').replace(/« /g, '«\u00A0')
}

/**
 * Applies a text fix to every string of a catalog, including what its sentence frames return.
 * Catalogs are plain objects of strings, string arrays and functions returning strings.
 */
export function mapCatalogText<T>(catalog: T, fix: (text: string) => string): T {
  return mapValue(catalog, fix) as T
}

function mapValue(value: unknown, fix: (text: string) => string): unknown {
  if (typeof value === 'string') return fix(value)
  if (typeof value === 'function') {
    const frame = value as (...args: unknown[]) => unknown
    return (...args: unknown[]) => mapValue(frame(...args), fix)
  }
  if (Array.isArray(value)) return value.map((v) => mapValue(v, fix))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapValue(v, fix)]))
  }
  return value
}

/** "a, b and c" in the language (Intl.ListFormat). */
function conjunction(locale: string): (items: string[]) => string {
  const format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
  return (items) => format.format(items)
}

// ---------------------------------------------------------------------------------------------
// English

const en: ScoringStrings = {
  bands: {
    'not-aligned': 'not aligned',
    minimal: 'minimal',
    partial: 'partial',
    substantial: 'substantial',
    strong: 'strong',
  },
  roles: {
    provider: 'providers of cooperation',
    partner: 'partner countries receiving cooperation',
  },
  roleExclusion: (labels) => `asked of ${labels.join(' and ')} only`,
  notAssessed: {
    'mostly-not-applicable':
      'not assessed: more than half of its questions are marked not applicable',
    'no-answers': 'not assessed: no question answered yet',
    'no-questions-in-role':
      "not assessed: none of its questions fits the respondent's cooperation roles",
  },
  specialAnswers: {
    'not-applicable': 'not applicable',
    'dont-know': "don't know",
    'not-public': 'information not public',
  },
  method: {
    title: 'How scores are calculated',
    intro:
      'The tool measures how far cooperation policy and practice align with the duties in Articles 7, 8 and 9 of the draft declaration on the right to international solidarity (A/HRC/35/35, annex). The same rule produces every number in the app, the reports and the command line.',
    indicators: { structural: 'Structural', process: 'Process', outcome: 'Outcome' },
    bandRangeFirst: (from, to) => `${from}–${to}`,
    bandRangeOther: (from, to) => `above ${from} up to ${to}`,
    bandText: (range, label) => `${range}: ${label}`,
    list: (items) => items.join(', '),
    series: (items) => items.join('; '),
    steps: {
      answer: {
        title: 'Each answer becomes a score from 0 to 100',
        yesPartlyNo: (yes, partly, no) => `Yes, partly and no score ${yes}, ${partly} and ${no}.`,
        maturity: (maxLevel, scores) => `Maturity levels 0 to ${maxLevel} score ${scores}.`,
        number: (min, max) =>
          `A number scores ${min} at the floor and ${max} at the target, on a straight line between them, and stays within ${min}–${max} beyond them. Where lower is better, the floor lies above the target and the line runs the other way.`,
        band: (min, max) =>
          `Where the aim is a band (for example 40–60 %), any value inside the band scores ${max}; below it the score falls on a straight line to ${min} at the floor, and above it to ${min} at the ceiling (unless the questionnaire sets one, the ceiling lies as far above the band as the floor lies below it).`,
        checklist: (max) =>
          `A checklist scores the share of its items that are present, times ${max}.`,
      },
      special: {
        title: 'Special answers',
        notApplicable: (label) =>
          `"${capitalise(label)}" needs a reason and leaves the question out of every calculation.`,
        dontKnow: (label, score) => `"${capitalise(label)}" scores ${score} and is flagged.`,
        notPublic: (label, score) =>
          `In a shadow assessment, "${label}" scores ${score} and is reported as a transparency finding about the State, not as a shortcoming of the organisation that answered.`,
        unanswered:
          'Questions not yet answered are left out of the scores and count against coverage.',
        outOfRole:
          'Questions written for a cooperation role the respondent does not have (provider or partner) are left out, and the reason is shown beside them.',
      },
      evidence: {
        title: 'Evidence gate',
        gate: (cap) =>
          `An answer that would score above ${cap} counts for ${cap} until evidence is attached, and is marked unevidenced. One citation, link or document reference is enough.`,
      },
      unit: {
        title: 'From questions to a unit',
        average:
          'Within each unit, the questions of each indicator type present (structural, process, outcome) are averaged, each weighted by its question weight. The unit score is the plain average of those type averages, so commitments on paper cannot carry a unit alone.',
        subScores:
          'The three type averages are reported beside the unit score as its structural, process and outcome sub-scores.',
        notAssessed: (share) =>
          `A unit where more than ${share} % of the questions in the respondent's roles are marked not applicable is not assessed, and neither is a unit with no answer yet.`,
      },
      article: {
        title: 'From units to articles and the overall score',
        articleMean:
          'An article scores the plain average of its assessed units (Article 9 has seven units: 9.1(a) to 9.1(d), 9.2, 9.3 and 9.4).',
        overall:
          'The overall score is the plain average of the articles that have a score. Sub-scores follow the same path.',
      },
      bands: {
        title: 'Bands',
        text: (thresholds, list) =>
          `Scores fall into five bands with limits at ${thresholds}, following the bands of the Open Budget Survey: ${list}.`,
      },
      coverage: {
        title: 'Coverage and red flags',
        coverage:
          'Every score is shown with its coverage: the share of applicable questions answered, and the share answered with evidence.',
        redFlag: (min) =>
          `A red flag marks a critical question that scores ${min}; red flags are shown beside every score.`,
      },
      gaps: {
        title: 'Gaps and recommendations',
        gaps: (max) =>
          `Every answered question scoring below ${max} is a gap. Gaps are listed with critical questions first, then by the size of the gap times the question weight.`,
        recommendation: (threshold) =>
          `A question's recommendation is proposed when it scores ${threshold} or less, grouped by whom it addresses: the Government, development partners or other stakeholders.`,
        targets:
          'Where targets are entered, a planned profile is computed the same way, using each target in place of the current answer (the evidence gate does not apply to a plan).',
      },
      compare: {
        title: 'Comparing two assessments',
        divergence: (threshold) =>
          `Two assessments of the same questions are compared question by question, unit by unit and article by article. An item is divergent when the two scores are ${threshold} points or more apart, or when only one side gave a special answer.`,
      },
      rounding: {
        title: 'Rounding and ranking',
        exact:
          'All calculations use exact values; scores are rounded to whole numbers (halves up) only when shown.',
        profile: 'The result is a profile of strengths and gaps, never a ranking of countries.',
      },
    },
    example: {
      title: 'Worked example',
      intro:
        'A single unit with six questions, answered by a ministry that provides cooperation. The numbers below are computed by the same engine that scores every assessment.',
      questionnaireTitle: 'Worked example',
      articleTitle: 'Example article',
      unitTitle: 'Example unit',
      duty: 'An example duty.',
      guidance: 'Example guidance.',
      evidencePrompt: 'Any document',
      recommendation: 'Example recommendation.',
      questions: {
        S1: 'A cooperation policy names the duty',
        S2: 'The policy covers four named issues',
        P1: 'Programmes apply the policy',
        P2: 'Official development assistance',
        O1: 'Results are observed',
        O2: 'Results in a field the State does not work in',
      },
      item: (letter) => `Item ${letter}`,
      level: (level) => `Level ${level}`,
      numberUnit: '% of GNI',
      numberTargetSource: '0.7 % of GNI',
      notApplicableReason: 'no activity in that field',
      answers: {
        yesPartlyNo: { yes: 'yes', partly: 'partly', no: 'no' },
        notAnswered: 'not answered',
        checklist: (present, total) => `${present} of ${total} items`,
        level: (level) => `level ${level}`,
        number: (value, unit) => `${value} ${unit}`.trim(),
      },
      notes: {
        capped: (cap) => `no evidence: capped at ${cap}`,
        leftOut: (reason) => `left out (reason: ${reason})`,
        redFlag: 'critical question scoring 0: red flag',
        flagged: 'flagged',
      },
      calculation: {
        type: (label, terms, weights, result) => `${label}: (${terms}) ÷ ${weights} = ${result}`,
        term: (score, weight) => `${score} × ${weight}`,
        unit: (terms, count, result, shown) =>
          `Unit: (${terms}) ÷ ${count} = ${result}, shown as ${shown}`,
        coverage: (answered, applicable, evidenced) =>
          `Coverage: ${answered} of ${applicable} applicable questions answered, ${evidenced} with evidence`,
      },
      conclusion: (score, band, redFlags) =>
        `The unit scores ${score}, in the "${band}" band, with ${redFlags} red flag${redFlags === 1 ? '' : 's'}.`,
    },
  },
}

// ---------------------------------------------------------------------------------------------
// French

const fr: ScoringStrings = mapCatalogText<ScoringStrings>(
  {
    bands: {
      'not-aligned': 'non aligné',
      minimal: 'minimal',
      partial: 'partiel',
      substantial: 'substantiel',
      strong: 'élevé',
    },
    roles: {
      provider: 'fournisseurs de coopération',
      partner: 'pays partenaires bénéficiaires de la coopération',
    },
    roleExclusion: (labels) => `posée uniquement aux ${conjunction('fr')(labels)}`,
    notAssessed: {
      'mostly-not-applicable':
        'non évaluée : plus de la moitié de ses questions sont marquées sans objet',
      'no-answers': 'non évaluée : aucune question n’a encore reçu de réponse',
      'no-questions-in-role':
        'non évaluée : aucune de ses questions ne correspond aux rôles de l’entité évaluée dans la coopération',
    },
    specialAnswers: {
      'not-applicable': 'sans objet',
      'dont-know': 'ne sait pas',
      'not-public': 'information non publique',
    },
    method: {
      title: 'Mode de calcul des notes',
      intro:
        'L’outil mesure dans quelle mesure les politiques et pratiques de coopération sont alignées sur les obligations énoncées aux articles 7, 8 et 9 du projet de déclaration sur le droit à la solidarité internationale (A/HRC/35/35, annexe). La même règle produit chaque nombre affiché dans l’application, les rapports et la ligne de commande.',
      indicators: { structural: 'Structurel', process: 'Processus', outcome: 'Résultat' },
      bandRangeFirst: (from, to) => `${from}–${to}`,
      bandRangeOther: (from, to) => `plus de ${from} et jusqu’à ${to}`,
      bandText: (range, label) => `${range} : ${label}`,
      list: (items) => items.join(', '),
      series: (items) => items.join(' ; '),
      steps: {
        answer: {
          title: 'Chaque réponse devient une note de 0 à 100',
          yesPartlyNo: (yes, partly, no) =>
            `Les réponses oui, en partie et non valent ${yes}, ${partly} et ${no}.`,
          maturity: (maxLevel, scores) =>
            `Les niveaux de maturité 0 à ${maxLevel} valent ${scores}.`,
          number: (min, max) =>
            `Un nombre vaut ${min} au plancher et ${max} à la cible, sur une droite entre les deux, et reste compris entre ${min} et ${max} au-delà. Lorsqu’une valeur plus basse est préférable, le plancher se situe au-dessus de la cible et la droite est inversée.`,
          band: (min, max) =>
            `Lorsque l’objectif est une fourchette (par exemple 40–60 %), toute valeur comprise dans la fourchette vaut ${max} ; en dessous, la note diminue en ligne droite jusqu’à ${min} au plancher et, au-dessus, jusqu’à ${min} au plafond (sauf si le questionnaire en fixe un, le plafond se situe aussi loin au-dessus de la fourchette que le plancher se situe en dessous).`,
          checklist: (max) =>
            `Une liste de contrôle vaut la proportion de ses éléments présents, multipliée par ${max}.`,
        },
        special: {
          title: 'Réponses particulières',
          notApplicable: (label) =>
            `« ${capitalise(label)} » doit être motivé et exclut la question de tous les calculs.`,
          dontKnow: (label, score) => `« ${capitalise(label)} » vaut ${score} et est signalé.`,
          notPublic: (label, score) =>
            `Dans une évaluation parallèle, « ${label} » vaut ${score} et est présenté comme une constatation relative à la transparence de l’État, et non comme une lacune de l’organisation qui a répondu.`,
          unanswered:
            'Les questions encore sans réponse sont exclues des notes et réduisent le taux de couverture.',
          outOfRole:
            'Les questions rédigées pour un rôle dans la coopération que l’entité évaluée n’exerce pas (fournisseur ou partenaire) sont exclues, et le motif est indiqué à côté.',
        },
        evidence: {
          title: 'Exigence de justificatifs',
          gate: (cap) =>
            `Une réponse qui vaudrait plus de ${cap} est ramenée à ${cap} tant qu’aucun justificatif n’est joint, et elle est signalée comme non étayée. Une citation, un lien ou une référence de document suffit.`,
        },
        unit: {
          title: 'Des questions à l’unité d’évaluation',
          average:
            'Dans chaque unité, les questions de chaque type d’indicateur présent (structurel, de processus, de résultat) font l’objet d’une moyenne pondérée par le poids de chaque question. La note de l’unité est la moyenne simple de ces moyennes par type, de sorte que des engagements sur le papier ne peuvent à eux seuls porter la note d’une unité.',
          subScores:
            'Les trois moyennes par type figurent à côté de la note de l’unité comme ses sous-notes structurelle, de processus et de résultat.',
          notAssessed: (share) =>
            `Une unité dont plus de ${share} % des questions relevant des rôles de l’entité évaluée sont marquées sans objet n’est pas évaluée ; il en va de même d’une unité sans aucune réponse.`,
        },
        article: {
          title: 'Des unités aux articles et à la note globale',
          articleMean:
            'La note d’un article est la moyenne simple de ses unités évaluées (l’article 9 compte sept unités : 9.1 a) à 9.1 d), 9.2, 9.3 et 9.4).',
          overall:
            'La note globale est la moyenne simple des articles qui ont une note. Les sous-notes suivent le même chemin.',
        },
        bands: {
          title: 'Tranches',
          text: (thresholds, list) =>
            `Les notes se répartissent en cinq tranches dont les limites sont ${thresholds}, sur le modèle des tranches de l’enquête sur le budget ouvert (Open Budget Survey) : ${list}.`,
        },
        coverage: {
          title: 'Couverture et signaux d’alerte',
          coverage:
            'Chaque note est présentée avec sa couverture : la proportion de questions applicables ayant reçu une réponse, et la proportion de réponses étayées par un justificatif.',
          redFlag: (min) =>
            `Un signal d’alerte marque une question essentielle dont la note est ${min} ; les signaux d’alerte figurent à côté de chaque note.`,
        },
        gaps: {
          title: 'Lacunes et recommandations',
          gaps: (max) =>
            `Toute question ayant reçu une réponse dont la note est inférieure à ${max} constitue une lacune. Les lacunes sont classées en commençant par les questions essentielles, puis selon l’ampleur de l’écart multipliée par le poids de la question.`,
          recommendation: (threshold) =>
            `La recommandation associée à une question est proposée lorsque sa note est inférieure ou égale à ${threshold}, et classée selon son destinataire : le Gouvernement, les partenaires de développement ou les autres parties prenantes.`,
          targets:
            'Lorsque des cibles sont saisies, un profil prévisionnel est calculé de la même manière, chaque cible remplaçant la réponse actuelle (l’exigence de justificatifs ne s’applique pas à un plan).',
        },
        compare: {
          title: 'Comparaison de deux évaluations',
          divergence: (threshold) =>
            `Deux évaluations portant sur les mêmes questions sont comparées question par question, unité par unité et article par article. Un élément est divergent lorsque les deux notes diffèrent d’au moins ${threshold} points, ou lorsqu’une seule des deux parties a donné une réponse particulière.`,
        },
        rounding: {
          title: 'Arrondis et classement',
          exact:
            'Tous les calculs portent sur les valeurs exactes ; les notes ne sont arrondies à l’entier (demi arrondi vers le haut) qu’à l’affichage.',
          profile:
            'Le résultat est un profil des points forts et des lacunes, jamais un classement des pays.',
        },
      },
      example: {
        title: 'Exemple détaillé',
        intro:
          'Une seule unité de six questions, renseignée par un ministère qui fournit de la coopération. Les nombres ci-dessous sont calculés par le moteur même qui note chaque évaluation.',
        questionnaireTitle: 'Exemple détaillé',
        articleTitle: 'Article d’exemple',
        unitTitle: 'Unité d’exemple',
        duty: 'Une obligation d’exemple.',
        guidance: 'Indications d’exemple.',
        evidencePrompt: 'Tout document',
        recommendation: 'Recommandation d’exemple.',
        questions: {
          S1: 'Une politique de coopération mentionne l’obligation',
          S2: 'La politique couvre quatre questions déterminées',
          P1: 'Les programmes appliquent la politique',
          P2: 'Aide publique au développement',
          O1: 'Des résultats sont observés',
          O2: 'Résultats dans un domaine où l’État n’intervient pas',
        },
        item: (letter) => `Élément ${letter}`,
        level: (level) => `Niveau ${level}`,
        numberUnit: '% du RNB',
        numberTargetSource: '0,7 % du RNB',
        notApplicableReason: 'aucune activité dans ce domaine',
        answers: {
          yesPartlyNo: { yes: 'oui', partly: 'en partie', no: 'non' },
          notAnswered: 'sans réponse',
          checklist: (present, total) => `${present} éléments sur ${total}`,
          level: (level) => `niveau ${level}`,
          number: (value, unit) => `${value} ${unit}`.trim(),
        },
        notes: {
          capped: (cap) => `aucun justificatif : note ramenée à ${cap}`,
          leftOut: (reason) => `exclue (motif : ${reason})`,
          redFlag: 'question essentielle notée 0 : signal d’alerte',
          flagged: 'signalée',
        },
        calculation: {
          type: (label, terms, weights, result) => `${label} : (${terms}) ÷ ${weights} = ${result}`,
          term: (score, weight) => `${score} × ${weight}`,
          unit: (terms, count, result, shown) =>
            `Unité : (${terms}) ÷ ${count} = ${result}, affichée ${shown}`,
          coverage: (answered, applicable, evidenced) =>
            `Couverture : ${answered} questions applicables sur ${applicable} ont reçu une réponse, dont ${evidenced} avec justificatif`,
        },
        conclusion: (score, band, redFlags) =>
          `L’unité obtient ${score}, dans la tranche « ${band} », ${
            redFlags === 0
              ? 'sans signal d’alerte'
              : `avec ${redFlags} ${redFlags === 1 ? 'signal' : 'signaux'} d’alerte`
          }.`,
      },
    },
  },
  frenchSpacing,
)

// ---------------------------------------------------------------------------------------------
// Spanish

const es: ScoringStrings = {
  bands: {
    'not-aligned': 'sin alineación',
    minimal: 'mínima',
    partial: 'parcial',
    substantial: 'sustancial',
    strong: 'sólida',
  },
  roles: {
    provider: 'proveedores de cooperación',
    partner: 'países asociados que reciben cooperación',
  },
  roleExclusion: (labels) => `solo se formula a ${conjunction('es')(labels)}`,
  notAssessed: {
    'mostly-not-applicable':
      'no evaluada: más de la mitad de sus preguntas están marcadas como no aplicables',
    'no-answers': 'no evaluada: todavía no se ha respondido ninguna pregunta',
    'no-questions-in-role':
      'no evaluada: ninguna de sus preguntas corresponde a las funciones de cooperación de la entidad evaluada',
  },
  specialAnswers: {
    'not-applicable': 'no aplicable',
    'dont-know': 'no se sabe',
    'not-public': 'información no pública',
  },
  method: {
    title: 'Cómo se calculan las puntuaciones',
    intro:
      'La herramienta mide en qué medida la política y la práctica de cooperación se ajustan a las obligaciones enunciadas en los artículos 7, 8 y 9 del proyecto de declaración sobre el derecho a la solidaridad internacional (A/HRC/35/35, anexo). La misma regla produce cada número de la aplicación, de los informes y de la línea de comandos.',
    indicators: { structural: 'Estructural', process: 'De proceso', outcome: 'De resultado' },
    bandRangeFirst: (from, to) => `${from}–${to}`,
    bandRangeOther: (from, to) => `más de ${from} y hasta ${to}`,
    bandText: (range, label) => `${range}: ${label}`,
    list: (items) => items.join(', '),
    series: (items) => items.join('; '),
    steps: {
      answer: {
        title: 'Cada respuesta se convierte en una puntuación de 0 a 100',
        yesPartlyNo: (yes, partly, no) =>
          `Las respuestas sí, en parte y no valen ${yes}, ${partly} y ${no}.`,
        maturity: (maxLevel, scores) => `Los niveles de madurez 0 a ${maxLevel} valen ${scores}.`,
        number: (min, max) =>
          `Un número vale ${min} en el umbral mínimo y ${max} en la meta, sobre una línea recta entre ambos, y se mantiene entre ${min} y ${max} fuera de ese intervalo. Cuando un valor más bajo es mejor, el umbral mínimo está por encima de la meta y la línea va en sentido inverso.`,
        band: (min, max) =>
          `Cuando el objetivo es una franja (por ejemplo, 40–60 %), cualquier valor dentro de la franja vale ${max}; por debajo, la puntuación desciende en línea recta hasta ${min} en el umbral mínimo y, por encima, hasta ${min} en el umbral máximo (salvo que el cuestionario fije uno, el umbral máximo está tan por encima de la franja como el mínimo está por debajo).`,
        checklist: (max) =>
          `Una lista de verificación vale la proporción de elementos presentes, multiplicada por ${max}.`,
      },
      special: {
        title: 'Respuestas especiales',
        notApplicable: (label) =>
          `«${capitalise(label)}» debe justificarse y excluye la pregunta de todos los cálculos.`,
        dontKnow: (label, score) => `«${capitalise(label)}» vale ${score} y se señala.`,
        notPublic: (label, score) =>
          `En una evaluación paralela, «${label}» vale ${score} y se presenta como una constatación sobre la transparencia del Estado, no como una deficiencia de la organización que respondió.`,
        unanswered:
          'Las preguntas aún sin respuesta quedan fuera de las puntuaciones y reducen la cobertura.',
        outOfRole:
          'Las preguntas redactadas para una función de cooperación que la entidad evaluada no ejerce (proveedor o asociado) quedan excluidas, y el motivo se indica junto a ellas.',
      },
      evidence: {
        title: 'Requisito de pruebas',
        gate: (cap) =>
          `Una respuesta que valdría más de ${cap} cuenta como ${cap} hasta que se adjunten pruebas, y se marca como no fundamentada. Basta una cita, un enlace o una referencia documental.`,
      },
      unit: {
        title: 'De las preguntas a la unidad de evaluación',
        average:
          'En cada unidad se promedian las preguntas de cada tipo de indicador presente (estructural, de proceso, de resultado), ponderando cada una por su peso. La puntuación de la unidad es el promedio simple de esos promedios por tipo, de modo que los compromisos sobre el papel no bastan por sí solos para sostener una unidad.',
        subScores:
          'Los tres promedios por tipo figuran junto a la puntuación de la unidad como sus subpuntuaciones estructural, de proceso y de resultado.',
        notAssessed: (share) =>
          `No se evalúa una unidad en la que más del ${share} % de las preguntas correspondientes a las funciones de la entidad evaluada estén marcadas como no aplicables, ni una unidad que aún no tenga respuestas.`,
      },
      article: {
        title: 'De las unidades a los artículos y a la puntuación global',
        articleMean:
          'La puntuación de un artículo es el promedio simple de sus unidades evaluadas (el artículo 9 tiene siete unidades: 9.1 a) a 9.1 d), 9.2, 9.3 y 9.4).',
        overall:
          'La puntuación global es el promedio simple de los artículos que tienen puntuación. Las subpuntuaciones siguen el mismo camino.',
      },
      bands: {
        title: 'Franjas',
        text: (thresholds, list) =>
          `Las puntuaciones se agrupan en cinco franjas con límites en ${thresholds}, siguiendo las franjas de la Encuesta de Presupuesto Abierto (Open Budget Survey): ${list}.`,
      },
      coverage: {
        title: 'Cobertura y alertas',
        coverage:
          'Cada puntuación se presenta con su cobertura: la proporción de preguntas aplicables respondidas y la proporción respondida con pruebas.',
        redFlag: (min) =>
          `Una alerta señala una pregunta esencial cuya puntuación es ${min}; las alertas figuran junto a cada puntuación.`,
      },
      gaps: {
        title: 'Carencias y recomendaciones',
        gaps: (max) =>
          `Toda pregunta respondida con una puntuación inferior a ${max} constituye una carencia. Las carencias se ordenan empezando por las preguntas esenciales y luego según la magnitud de la diferencia multiplicada por el peso de la pregunta.`,
        recommendation: (threshold) =>
          `La recomendación de una pregunta se propone cuando su puntuación es igual o inferior a ${threshold}, agrupada según su destinatario: el Gobierno, los asociados para el desarrollo u otras partes interesadas.`,
        targets:
          'Cuando se introducen metas, se calcula del mismo modo un perfil previsto, en el que cada meta sustituye a la respuesta actual (el requisito de pruebas no se aplica a un plan).',
      },
      compare: {
        title: 'Comparación de dos evaluaciones',
        divergence: (threshold) =>
          `Dos evaluaciones de las mismas preguntas se comparan pregunta por pregunta, unidad por unidad y artículo por artículo. Un elemento es divergente cuando las dos puntuaciones difieren en ${threshold} puntos o más, o cuando solo una de las partes dio una respuesta especial.`,
      },
      rounding: {
        title: 'Redondeo y clasificación',
        exact:
          'Todos los cálculos utilizan valores exactos; las puntuaciones se redondean a números enteros (la mitad hacia arriba) solo al mostrarlas.',
        profile:
          'El resultado es un perfil de fortalezas y carencias, nunca una clasificación de países.',
      },
    },
    example: {
      title: 'Ejemplo práctico',
      intro:
        'Una sola unidad de seis preguntas, respondida por un ministerio que presta cooperación. Los números que siguen los calcula el mismo motor que puntúa cada evaluación.',
      questionnaireTitle: 'Ejemplo práctico',
      articleTitle: 'Artículo de ejemplo',
      unitTitle: 'Unidad de ejemplo',
      duty: 'Una obligación de ejemplo.',
      guidance: 'Orientación de ejemplo.',
      evidencePrompt: 'Cualquier documento',
      recommendation: 'Recomendación de ejemplo.',
      questions: {
        S1: 'Una política de cooperación menciona la obligación',
        S2: 'La política abarca cuatro cuestiones determinadas',
        P1: 'Los programas aplican la política',
        P2: 'Asistencia oficial para el desarrollo',
        O1: 'Se observan resultados',
        O2: 'Resultados en un ámbito en el que el Estado no actúa',
      },
      item: (letter) => `Elemento ${letter}`,
      level: (level) => `Nivel ${level}`,
      numberUnit: '% del INB',
      numberTargetSource: '0,7 % del INB',
      notApplicableReason: 'ninguna actividad en ese ámbito',
      answers: {
        yesPartlyNo: { yes: 'sí', partly: 'en parte', no: 'no' },
        notAnswered: 'sin respuesta',
        checklist: (present, total) => `${present} de ${total} elementos`,
        level: (level) => `nivel ${level}`,
        number: (value, unit) => `${value} ${unit}`.trim(),
      },
      notes: {
        capped: (cap) => `sin pruebas: limitada a ${cap}`,
        leftOut: (reason) => `excluida (motivo: ${reason})`,
        redFlag: 'pregunta esencial con puntuación 0: alerta',
        flagged: 'señalada',
      },
      calculation: {
        type: (label, terms, weights, result) => `${label}: (${terms}) ÷ ${weights} = ${result}`,
        term: (score, weight) => `${score} × ${weight}`,
        unit: (terms, count, result, shown) =>
          `Unidad: (${terms}) ÷ ${count} = ${result}, se muestra como ${shown}`,
        coverage: (answered, applicable, evidenced) =>
          `Cobertura: ${answered} de ${applicable} preguntas aplicables respondidas, ${evidenced} con pruebas`,
      },
      conclusion: (score, band, redFlags) =>
        `La unidad obtiene ${score}, en la franja «${band}», ${
          redFlags === 0
            ? 'sin alertas'
            : `con ${redFlags} ${redFlags === 1 ? 'alerta' : 'alertas'}`
        }.`,
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Arabic

/** Arabic counted nouns: one form for 1, the dual for 2, plural for 3–10, singular beyond. */
export function arabicCount(
  n: number,
  forms: { one: string; two: string; few: string; many: string },
): string {
  if (n === 1) return forms.one
  if (n === 2) return forms.two
  if (n >= 3 && n <= 10) return `${n} ${forms.few}`
  return `${n} ${forms.many}`
}

const ar: ScoringStrings = {
  bands: {
    'not-aligned': 'انعدام المواءمة',
    minimal: 'مواءمة دنيا',
    partial: 'مواءمة جزئية',
    substantial: 'مواءمة كبيرة',
    strong: 'مواءمة قوية',
  },
  roles: {
    provider: 'الجهات المقدِّمة للتعاون',
    partner: 'البلدان الشريكة المتلقية للتعاون',
  },
  roleExclusion: (labels) => `لا يُطرح إلا على ${conjunction('ar')(labels)}`,
  notAssessed: {
    'mostly-not-applicable': 'لم تُقيَّم: أكثر من نصف أسئلتها مُعلَّم بأنه لا ينطبق',
    'no-answers': 'لم تُقيَّم: لم يُجَب بعدُ عن أي سؤال',
    'no-questions-in-role': 'لم تُقيَّم: لا يتعلق أي سؤال من أسئلتها بأدوار الجهة المقيَّمة في التعاون',
  },
  specialAnswers: {
    'not-applicable': 'لا ينطبق',
    'dont-know': 'لا أعرف',
    'not-public': 'المعلومات غير متاحة للعموم',
  },
  method: {
    title: 'كيفية حساب الدرجات',
    intro:
      'تقيس الأداة مدى مواءمة سياسات التعاون وممارساته مع الواجبات المنصوص عليها في المواد 7 و8 و9 من مشروع الإعلان المتعلق بالحق في التضامن الدولي (A/HRC/35/35، المرفق). وتنتج القاعدة نفسها كل رقم يظهر في التطبيق وفي التقارير وفي سطر الأوامر.',
    indicators: { structural: 'هيكلي', process: 'عملية', outcome: 'نتائج' },
    bandRangeFirst: (from, to) => `${from}–${to}`,
    bandRangeOther: (from, to) => `أكثر من ${from} وحتى ${to}`,
    bandText: (range, label) => `${range}: ${label}`,
    list: (items) => items.join('، '),
    series: (items) => items.join('؛ '),
    steps: {
      answer: {
        title: 'تتحول كل إجابة إلى درجة من 0 إلى 100',
        yesPartlyNo: (yes, partly, no) =>
          `تُمنح الإجابات «نعم» و«جزئياً» و«لا» الدرجات ${yes} و${partly} و${no}.`,
        maturity: (maxLevel, scores) =>
          `تُمنح مستويات النضج من 0 إلى ${maxLevel} الدرجات ${scores}.`,
        number: (min, max) =>
          `يُمنح الرقم ${min} عند الحد الأدنى و${max} عند الهدف، على خط مستقيم بينهما، ويبقى بين ${min} و${max} خارج هذا النطاق. وحين تكون القيمة الأدنى هي الأفضل، يقع الحد الأدنى فوق الهدف ويسير الخط في الاتجاه المعاكس.`,
        band: (min, max) =>
          `حين يكون المطلوب نطاقاً (مثلاً 40–60 في المائة)، تُمنح أي قيمة داخل النطاق ${max}؛ وتنخفض الدرجة تحته على خط مستقيم حتى ${min} عند الحد الأدنى، وفوقه حتى ${min} عند الحد الأعلى (ما لم يحدد الاستبيان حداً أعلى، يقع هذا الحد فوق النطاق بقدر ما يقع الحد الأدنى تحته).`,
        checklist: (max) => `تُمنح قائمة المراجعة نسبة البنود المتوفرة منها مضروبة في ${max}.`,
      },
      special: {
        title: 'الإجابات الخاصة',
        notApplicable: (label) =>
          `تتطلب الإجابة «${label}» ذكر السبب، وتُخرج السؤال من جميع الحسابات.`,
        dontKnow: (label, score) => `تُمنح الإجابة «${label}» الدرجة ${score} ويُشار إليها.`,
        notPublic: (label, score) =>
          `في تقييم الظل، تُمنح الإجابة «${label}» الدرجة ${score} وتُعرض بوصفها استنتاجاً يتعلق بشفافية الدولة، لا قصوراً من جانب المنظمة التي أجابت.`,
        unanswered: 'تُستبعد الأسئلة التي لم يُجَب عنها بعدُ من الدرجات، وتُحتسب على حساب نسبة التغطية.',
        outOfRole:
          'تُستبعد الأسئلة المعدّة لدور في التعاون لا تضطلع به الجهة المقيَّمة (مقدِّم أو شريك)، ويُبيَّن السبب إلى جانبها.',
      },
      evidence: {
        title: 'شرط الأدلة',
        gate: (cap) =>
          `الإجابة التي كانت ستحصل على أكثر من ${cap} تُحتسب ${cap} إلى أن تُرفق بها أدلة، ويُشار إليها بأنها غير مدعومة بأدلة. ويكفي استشهاد واحد أو رابط واحد أو إحالة واحدة إلى وثيقة.`,
      },
      unit: {
        title: 'من الأسئلة إلى وحدة التقييم',
        average:
          'في كل وحدة، يُحسب متوسط أسئلة كل نوع من أنواع المؤشرات الموجودة (الهيكلية، ومؤشرات العملية، ومؤشرات النتائج)، مرجَّحاً بوزن كل سؤال. ودرجة الوحدة هي المتوسط البسيط لمتوسطات الأنواع هذه، بحيث لا تكفي الالتزامات المكتوبة وحدها لرفع درجة الوحدة.',
        subScores:
          'تُعرض متوسطات الأنواع الثلاثة إلى جانب درجة الوحدة بوصفها درجاتها الفرعية الهيكلية ودرجة العملية ودرجة النتائج.',
        notAssessed: (share) =>
          `لا تُقيَّم الوحدة التي يُعلَّم فيها أكثر من ${share} في المائة من الأسئلة المتعلقة بأدوار الجهة المقيَّمة بأنه لا ينطبق، ولا الوحدة التي لم يُجَب فيها عن أي سؤال بعدُ.`,
      },
      article: {
        title: 'من الوحدات إلى المواد وإلى الدرجة الإجمالية',
        articleMean:
          'درجة المادة هي المتوسط البسيط لوحداتها المقيَّمة (للمادة 9 سبع وحدات: من 9.1(أ) إلى 9.1(د)، و9.2، و9.3، و9.4).',
        overall:
          'الدرجة الإجمالية هي المتوسط البسيط للمواد التي لها درجة. وتسلك الدرجات الفرعية المسار نفسه.',
      },
      bands: {
        title: 'الفئات',
        text: (thresholds, list) =>
          `تندرج الدرجات في خمس فئات حدودها ${thresholds}، على غرار فئات مسح الموازنة المفتوحة (Open Budget Survey): ${list}.`,
      },
      coverage: {
        title: 'التغطية والإشارات التحذيرية',
        coverage:
          'تُعرض كل درجة مع نسبة تغطيتها: نسبة الأسئلة المنطبقة التي أُجيب عنها، ونسبة الإجابات المدعومة بأدلة.',
        redFlag: (min) =>
          `تُوضع إشارة تحذيرية على كل سؤال أساسي درجته ${min}؛ وتُعرض الإشارات التحذيرية إلى جانب كل درجة.`,
      },
      gaps: {
        title: 'الثغرات والتوصيات',
        gaps: (max) =>
          `كل سؤال أُجيب عنه وكانت درجته أقل من ${max} يمثل ثغرة. وتُرتَّب الثغرات بدءاً بالأسئلة الأساسية، ثم بحسب حجم الفجوة مضروباً في وزن السؤال.`,
        recommendation: (threshold) =>
          `تُقترح توصية السؤال حين تكون درجته ${threshold} أو أقل، وتُجمَّع بحسب الجهة الموجهة إليها: الحكومة أو الشركاء في التنمية أو سائر أصحاب المصلحة.`,
        targets:
          'حين تُدخَل أهداف، يُحسب بالطريقة نفسها مستوى مخطط له، يحل فيه كل هدف محل الإجابة الحالية (ولا ينطبق شرط الأدلة على الخطط).',
      },
      compare: {
        title: 'المقارنة بين تقييمين',
        divergence: (threshold) =>
          `يُقارن تقييمان للأسئلة نفسها سؤالاً بسؤال ووحدة بوحدة ومادة بمادة. ويكون البند متباعداً حين يبلغ الفرق بين الدرجتين ${threshold} نقطة أو أكثر، أو حين يقدم أحد الطرفين وحده إجابة خاصة.`,
      },
      rounding: {
        title: 'التقريب والترتيب',
        exact:
          'تُجرى جميع الحسابات بالقيم الدقيقة؛ ولا تُقرَّب الدرجات إلى أعداد صحيحة (يُقرَّب النصف إلى الأعلى) إلا عند عرضها.',
        profile: 'النتيجة صورة لمواطن القوة والثغرات، وليست أبداً ترتيباً للبلدان.',
      },
    },
    example: {
      title: 'مثال تطبيقي',
      intro:
        'وحدة واحدة من ستة أسئلة، أجابت عنها وزارة تقدم التعاون. والأرقام الواردة أدناه يحسبها المحرك نفسه الذي يقيِّم كل تقييم.',
      questionnaireTitle: 'مثال تطبيقي',
      articleTitle: 'مادة المثال',
      unitTitle: 'وحدة المثال',
      duty: 'واجب على سبيل المثال.',
      guidance: 'إرشادات على سبيل المثال.',
      evidencePrompt: 'أي وثيقة',
      recommendation: 'توصية على سبيل المثال.',
      questions: {
        S1: 'سياسة تعاون تنص على الواجب',
        S2: 'تشمل السياسة أربع مسائل محددة',
        P1: 'تطبق البرامج السياسة',
        P2: 'المساعدة الإنمائية الرسمية',
        O1: 'تُلاحظ نتائج',
        O2: 'نتائج في مجال لا تعمل فيه الدولة',
      },
      item: (letter) => `البند ${letter}`,
      level: (level) => `المستوى ${level}`,
      numberUnit: 'في المائة من الدخل القومي الإجمالي',
      numberTargetSource: '0.7 في المائة من الدخل القومي الإجمالي',
      notApplicableReason: 'لا نشاط في هذا المجال',
      answers: {
        yesPartlyNo: { yes: 'نعم', partly: 'جزئياً', no: 'لا' },
        notAnswered: 'لم يُجَب عنه',
        checklist: (present, total) => `${present} من ${total} بنود`,
        level: (level) => `المستوى ${level}`,
        number: (value, unit) => `${value} ${unit}`.trim(),
      },
      notes: {
        capped: (cap) => `لا أدلة: حُدّت الدرجة عند ${cap}`,
        leftOut: (reason) => `مُستبعد (السبب: ${reason})`,
        redFlag: 'سؤال أساسي درجته 0: إشارة تحذيرية',
        flagged: 'مُشار إليه',
      },
      calculation: {
        type: (label, terms, weights, result) => `${label}: (${terms}) ÷ ${weights} = ${result}`,
        term: (score, weight) => `${score} × ${weight}`,
        unit: (terms, count, result, shown) =>
          `الوحدة: (${terms}) ÷ ${count} = ${result}، وتُعرض ${shown}`,
        coverage: (answered, applicable, evidenced) =>
          `التغطية: أُجيب عن ${answered} من ${applicable} أسئلة منطبقة، منها ${evidenced} مدعومة بأدلة`,
      },
      conclusion: (score, band, redFlags) =>
        `تحصل الوحدة على ${score}، في فئة «${band}»، مع ${
          redFlags === 0
            ? 'عدم وجود أي إشارة تحذيرية'
            : arabicCount(redFlags, {
                one: 'إشارة تحذيرية واحدة',
                two: 'إشارتين تحذيريتين',
                few: 'إشارات تحذيرية',
                many: 'إشارة تحذيرية',
              })
        }.`,
    },
  },
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const catalogs: Record<ScoringLanguage, ScoringStrings> = { en, fr, es, ar }

/** The scoring wording for a language tag (its base language, else English). */
export function scoringStrings(language: string): ScoringStrings {
  return catalogs[resolveLanguage(language)]
}

// English tables kept under their original names for the command line and file exports.
export const BAND_LABELS: Record<BandId, string> = en.bands
export const ROLE_LABELS: Record<Role, string> = en.roles
export const NOT_ASSESSED_LABELS = en.notAssessed
export const SPECIAL_ANSWER_LABELS = en.specialAnswers

/** Why a question outside the respondent's roles is left out, e.g. "asked of providers of cooperation only". */
export function roleExclusionReason(questionRoles: readonly Role[], language = 'en'): string {
  const s = scoringStrings(language)
  return s.roleExclusion(questionRoles.map((r) => s.roles[r]))
}
