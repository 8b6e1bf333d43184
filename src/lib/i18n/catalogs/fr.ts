// Texte de l’interface en français. Mêmes clés que le catalogue anglais (en.ts) ; termes alignés
// sur le rapport (src/domain/report/strings.ts) et la méthode de notation
// (src/domain/scoring/strings.ts), pour que l’application et le PDF concordent.
import type { Catalog } from '@/lib/i18n/catalogs/en'

export const catalog: Catalog = {
  app: {
    name: 'Évaluation de la solidarité internationale',
  },
  shell: {
    skipLink: 'Aller au contenu principal',
    localOnly: 'Fonctionne sur cet appareil — rien n’est envoyé',
    privacy: 'Confidentialité : ce qui est stocké et comment l’effacer',
    method: 'Mode de calcul des notes',
    footerNote:
      'Évalue la politique de coopération pour le développement au regard des articles 7 à 9 du projet de déclaration sur le droit à la solidarité internationale (A/HRC/35/35, annexe). Cet outil n’est pas un outil officiel de l’Organisation des Nations Unies.',
    notFoundTitle: 'Page introuvable',
    notFoundLink: 'Aller à vos évaluations',
    language: 'Langue',
    languageNote: 'Conservée sur cet appareil pour votre prochaine visite.',
    languageNoteAssessment:
      'C’est aussi la langue des questions et du rapport de cette évaluation.',
    footerNav: 'À propos de cette application',
  },
  ui: {
    loading: 'Chargement…',
    back: 'Retour',
    backToLibrary: 'Retour à vos évaluations',
    cancel: 'Annuler',
    dismiss: 'Fermer',
    and: ' et ',
    errorSummaryTitle: 'Un problème est survenu',
    assessmentMissingTitle: 'Évaluation introuvable',
  },
  save: {
    idle: 'Enregistré sur cet appareil',
    saving: 'Enregistrement…',
    saved: 'Enregistré sur cet appareil à {{time}}',
    error: 'Non enregistré : {{reason}}',
    quota: 'l’espace de stockage de l’appareil est plein',
    blocked: 'Enregistrement impossible : voir le message ci-dessous',
  },
  storage: {
    writeFailedTitle: 'Vos dernières modifications ne sont pas enregistrées sur cet appareil',
    writeFailedQuota:
      'Le navigateur indique que son espace de stockage pour cette application est plein. Votre travail est toujours ouvert ici : ne fermez pas cet onglet. Exportez l’évaluation dans un fichier ou libérez de l’espace (par exemple en supprimant d’anciennes évaluations) ; l’enregistrement reprendra alors de lui-même.',
    writeFailed:
      'Le navigateur a refusé l’enregistrement. Votre travail est toujours ouvert ici : ne fermez pas cet onglet. Exportez l’évaluation dans un fichier ; l’enregistrement est retenté toutes les quelques secondes.',
    quarantineTitle_one: 'Une évaluation enregistrée n’a pas pu être lue',
    quarantineTitle_other: '{{count}} évaluations enregistrées n’ont pas pu être lues',
    quarantineBody:
      'Elle a été mise de côté sur cet appareil sans modification ; elle n’a pas été supprimée. Exportez une sauvegarde brute pour en garder une copie ou pour demander de l’aide afin de la récupérer.',
    exportRaw: 'Exporter une sauvegarde brute',
    exportRawFailed: 'La sauvegarde brute n’a pas pu être lue sur cet appareil.',
    otherTabUpdated:
      '« {{label}} » a été modifiée dans un autre onglet ou une autre fenêtre. Cette page affiche désormais la version la plus récente.',
    otherTabMerged:
      '« {{label}} » a été modifiée dans un autre onglet ou une autre fenêtre en même temps qu’ici. Les deux séries de modifications sont conservées.',
    otherTabDeleted: '« {{label}} » a été supprimée dans un autre onglet ou une autre fenêtre.',
    blockedTitle: 'Cette version ne peut pas ouvrir vos évaluations',
    blockedNewer:
      'Les évaluations de cet appareil ont été enregistrées par une version plus récente de cette application. Ouvrez la version la plus récente ou exportez une sauvegarde brute.',
    blockedFailed: 'Les évaluations de cet appareil n’ont pas pu être lues ni mises à jour.',
    blockedNothingWritten:
      'Rien n’a été modifié ni écrit sur cet appareil. Exportez une sauvegarde brute pour en garder une copie.',
  },
  respondent: {
    state: 'Auto-évaluation de l’État',
    shadow: 'Évaluation parallèle d’une ONG',
  },
  roles: {
    provider: 'Fournisseur de coopération',
    partner: 'Partenaire bénéficiaire de la coopération',
  },
  indicators: {
    structural: 'Structurel',
    process: 'Processus',
    outcome: 'Résultat',
  },
  bands: {
    'not-aligned': 'non aligné',
    minimal: 'minimal',
    partial: 'partiel',
    substantial: 'substantiel',
    strong: 'élevé',
  },
  confidence: {
    low: 'Faible',
    medium: 'Moyen',
    high: 'Élevé',
  },
  specialAnswers: {
    'not-applicable': 'Sans objet',
    'dont-know': 'Ne sait pas',
    'not-public': 'Information non publique',
  },
  answers: {
    yes: 'Oui',
    partly: 'En partie',
    no: 'Non',
    level: 'Niveau {{n}}',
    or: 'ou',
    checklistHint: 'Cochez tous les éléments en place.',
    checklistNone: 'Aucun de ces éléments',
    numberHint: 'Un nombre de {{min}} à {{max}} ({{unit}}).',
    numberTarget: 'Note maximale à {{target}} {{unit}} : {{source}}.',
  },
  library: {
    intro1:
      'Cet outil aide un ministère ou une ONG à évaluer la politique de coopération pour le développement au regard des obligations des États énoncées aux articles 7, 8 et 9 du projet de déclaration sur le droit à la solidarité internationale.',
    intro2:
      'Répondez aux questions en vous appuyant sur des justificatifs, voyez où en est la politique et ce qui manque, et exportez un rapport — tout reste sur cet appareil.',
    new: 'Nouvelle évaluation',
    yourAssessments: 'Vos évaluations',
    empty: 'Vous n’avez encore aucune évaluation sur cet appareil.',
    reading: 'Lecture de vos évaluations sur cet appareil…',
    exampleTag: 'Exemple',
    state: 'État',
    period: 'Période',
    periodValue: 'du {{from}} au {{to}}',
    progress: 'Réponses',
    progressUnknown: 'inconnu',
    lastSaved: 'Dernier enregistrement',
    open: 'Ouvrir',
    duplicate: 'Dupliquer',
    rename: 'Renommer',
    delete: 'Supprimer',
    copyName: 'Copie de {{label}}',
    deleted: '« {{label}} » a été supprimée.',
    undo: 'Annuler',
    renameLabel: 'Nom de cette évaluation',
    renameHint: 'Laissez vide pour afficher le nom de l’État.',
    renameSave: 'Enregistrer le nom',
    examplesTitle: 'Ouvrir un exemple',
    examplesIntro:
      'Les exemples sont des évaluations terminées portant sur des États fictifs. En ouvrir un le copie dans vos évaluations, avec la mention « Exemple », pour que vous puissiez explorer chaque écran et le rapport.',
    openExample: 'Ouvrir l’exemple : {{state}} ({{respondent}})',
    exampleFailed: 'L’exemple n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
  },
  setup: {
    titleNew: 'Paramétrer une nouvelle évaluation',
    titleEdit: 'Modifier le paramétrage',
    editNote:
      'Vos réponses sont conservées lorsque vous modifiez le paramétrage. Les questions qui ne relèvent pas des rôles choisis sont exclues des notes, mais ne sont pas supprimées.',
    state: 'État évalué',
    stateHint:
      'Choisissez parmi les États Membres et les États observateurs de l’ONU, ou saisissez un autre nom.',
    respondent: 'Qui réalise cette évaluation ?',
    respondentHint: {
      state: 'Un ministère ou un organisme qui évalue sa propre politique.',
      shadow:
        'Une organisation non gouvernementale ou une coalition qui évalue son État à partir d’informations publiques.',
    },
    roles: 'Quels rôles l’État joue-t-il dans la coopération ?',
    rolesHint:
      'Cochez toutes les réponses applicables. Les questions relatives aux autres rôles sont exclues.',
    roleHint: {
      provider: 'Fournit une coopération pour le développement à d’autres pays.',
      partner: 'Bénéficie d’une coopération pour le développement.',
    },
    period: 'Période évaluée',
    periodHint: 'Les dates couvertes par l’évaluation, par exemple la période d’une stratégie.',
    periodFrom: 'Du',
    periodTo: 'Au',
    organisation: 'Organisation qui réalise l’évaluation',
    organisationHint: 'Par exemple le ministère, l’organisme ou l’ONG.',
    author: 'Auteur ou contact (facultatif)',
    authorHint: 'Vous pourrez l’omettre des rapports, par exemple pour des raisons de sécurité.',
    language: 'Langue de l’évaluation',
    languageHint: 'Les questions sont affichées, et le rapport est rédigé, dans cette langue.',
    confidentiality: 'Mention de confidentialité (facultatif)',
    confidentialityHint:
      'Imprimée sur le rapport, par exemple « Document de travail interne — ne pas diffuser ».',
    name: 'Nom court pour votre liste (facultatif)',
    nameHint: 'Par exemple « Examen 2025, version 2 ».',
    submitNew: 'Créer l’évaluation',
    submitEdit: 'Enregistrer le paramétrage',
    errors: {
      state: 'Saisissez le nom de l’État évalué',
      respondent: 'Indiquez qui réalise cette évaluation',
      roles: 'Cochez au moins un rôle dans la coopération',
      periodFrom: 'Saisissez la date de début de la période',
      periodTo: 'Saisissez la date de fin de la période',
      periodOrder: 'La fin de la période doit être identique ou postérieure à son début',
      organisation: 'Saisissez l’organisation qui réalise l’évaluation',
      language: 'Choisissez la langue de l’évaluation',
    },
  },
  taskList: {
    title: 'Votre évaluation',
    exampleNote:
      'Ceci est un exemple portant sur un État fictif. Vous pouvez tout modifier ; il ne décrit aucun pays réel.',
    progress:
      '{{complete}} unités terminées sur {{total}} · {{share}} des questions ont reçu une réponse',
    period: 'Période',
    roles: 'Rôles dans la coopération',
    organisation: 'Organisation',
    changeSetup: 'Modifier le paramétrage',
    unitScore: 'Note {{score}} ({{band}})',
    status: {
      'not-started': 'Non commencée',
      'in-progress': 'En cours',
      complete: 'Terminée',
    },
    review: 'Vérifier vos réponses',
    results: 'Voir les résultats',
  },
  unit: {
    backToTasks: 'Retour à la liste des tâches',
    missingTitle: 'Unité introuvable',
    questionNumber: 'Question {{n}} ({{id}})',
    critical: 'Essentielle',
    perception: 'Perception',
    guidance: 'Orientations et justificatifs à rechercher',
    evidencePrompts: 'Justificatifs susceptibles d’étayer une réponse',
    references: 'Références',
    yourAnswer: 'Votre réponse',
    special: {
      legend: 'Si vous ne pouvez pas répondre',
      reason: 'Pourquoi cette question est-elle sans objet ?',
      hint: {
        'not-applicable': 'Exclue des notes. Un motif est requis.',
        'dont-know': 'Compte pour 0 et est signalée.',
        'not-public':
          'L’État ne publie pas cette information. Compte pour 0 et figure dans le rapport comme une constatation relative à la transparence.',
      },
    },
    evidence: {
      title: 'Justificatifs',
      none: 'Aucun justificatif n’a encore été ajouté. Les réponses au-dessus du point médian sans justificatif sont plafonnées à 50.',
      item: 'Justificatif {{n}}',
      kind: 'Type de justificatif',
      kinds: {
        citation: 'Citation',
        link: 'Lien',
        document: 'Référence de document',
      },
      text: {
        citation: 'Citation',
        link: 'Titre de la page liée',
        document: 'Référence de document',
      },
      url: 'Adresse web',
      urlOptional: 'Adresse web (facultatif)',
      confidential: 'Confidentiel',
      confidentialHint: 'Exclu des rapports que vous diffusez.',
      add: 'Ajouter un justificatif',
      addAnother: 'Ajouter un autre justificatif',
      remove: 'Retirer le justificatif {{n}}',
    },
    comment: 'Commentaire (facultatif)',
    commentHint: 'Contexte, bonnes pratiques ou sujets de préoccupation pour le rapport.',
    confidence: 'Quel est votre degré de confiance dans cette réponse ? (facultatif)',
    target: 'Cible (facultatif)',
    targetLegend: 'Valeur cible',
    targetHint: 'La réponse que vous prévoyez d’atteindre ; elle constitue le profil prévisionnel.',
    excludedSummary_one:
      '{{count}} question n’est pas posée pour les rôles dans la coopération choisis',
    excludedSummary_other:
      '{{count}} questions ne sont pas posées pour les rôles dans la coopération choisis',
    excludedReason: 'Posée à : {{roles}}.',
    saveAndContinue: 'Enregistrer et continuer',
    saveAndReturn: 'Enregistrer et revenir à la liste des tâches',
    pagination: 'Unités',
    previous: 'Unité précédente',
    next: 'Unité suivante',
    errors: {
      reason: '{{id}} : indiquez pourquoi la question est sans objet',
      valueNotNumber: '{{id}} : saisissez la réponse sous forme de nombre, par exemple 12 ou 0,5',
      valueRange: '{{id}} : saisissez un nombre de {{min}} à {{max}}',
      targetNotNumber: '{{id}} : saisissez la cible sous forme de nombre, par exemple 12 ou 0,5',
      targetRange: '{{id}} : saisissez une cible de {{min}} à {{max}}',
      evidenceText: '{{id}} : décrivez le justificatif {{n}}',
      evidenceUrl: '{{id}} : saisissez l’adresse web du justificatif {{n}}',
      evidenceUrlFormat:
        '{{id}} : saisissez l’adresse web du justificatif {{n}} en commençant par https://',
    },
  },
  review: {
    title: 'Vérifier vos réponses',
    missingTitle_one: '{{count}} question reste sans réponse',
    missingTitle_other: '{{count}} questions restent sans réponse',
    nothingMissing: 'Chaque question applicable a reçu une réponse.',
    notAnswered: 'Sans réponse',
    reason: 'Motif : {{reason}}',
    noEvidence: 'Aucun justificatif',
    evidence_one: '{{count}} justificatif',
    evidence_other: '{{count}} justificatifs',
    confidence: 'Degré de confiance : {{level}}',
    target: 'Cible : {{value}}',
    comment: 'Commentaire : {{comment}}',
    change: 'Modifier',
    changeWhat: 'la réponse à {{id}}',
    backToTasks: 'Retour à la liste des tâches',
  },
  results: {
    documentTitle: 'Résultats : {{state}}',
    heading: 'Résultats',
    subject: '{{state}} · {{respondent}} · du {{from}} au {{to}}',
    organisation: 'Évaluation réalisée par {{organisation}}',
    example: 'Exemple',
    exampleNote:
      'Ceci est un exemple intégré portant sur un État fictif. Ses chiffres illustrent l’outil et ne décrivent aucun pays réel.',
    incomplete:
      'Certaines questions n’ont pas encore reçu de réponse ; les notes ne portent que sur les questions ayant reçu une réponse.',
    backToTasks: 'Retour à la liste des tâches',
    notFound:
      'Aucune évaluation ne correspond à cette adresse sur cet appareil. Elle a peut-être été supprimée.',
    sectionsLabel: 'Sections des résultats',
    scoreOutOf: '{{score}} sur 100',
    notAssessed: 'non évaluée',
    addressee: {
      government: 'Gouvernement',
      'development-partners': 'Partenaires de développement',
      'other-stakeholders': 'Autres parties prenantes',
    },
    notAssessedReason: {
      'mostly-not-applicable': 'plus de la moitié de ses questions sont marquées sans objet',
      'no-answers': 'aucune question n’a encore reçu de réponse',
      'no-questions-in-role':
        'aucune de ses questions ne correspond aux rôles dans la coopération de l’entité évaluée',
    },
    summary: {
      heading: 'Résumé',
      overall: 'Alignement global',
      articlesHeading: 'Articles',
      coverage:
        '{{answered}} des questions applicables ont reçu une réponse, {{evidenced}} avec justificatif',
      redFlagCount_one: '{{count}} signal d’alerte',
      redFlagCount_other: '{{count}} signaux d’alerte',
      redFlagsHeading: 'Signaux d’alerte',
      redFlagsIntro: 'Questions essentielles notées 0.',
      noRedFlags: 'Aucune question essentielle n’est notée 0.',
      transparencyHeading: 'Constatations relatives à la transparence',
      transparencyIntro:
        'L’organisation n’a trouvé aucune information publique sur ces questions. Elles comptent pour 0 et constituent des constatations concernant l’État, et non des lacunes de la présente évaluation.',
      noTransparency: 'Aucune question n’a reçu la réponse « information non publique ».',
      rule: 'Chaque réponse est notée de 0 à 100, et une réponse supérieure à {{cap}} compte pour {{cap}} tant qu’aucun justificatif n’est joint. Dans chaque unité, les questions structurelles, de processus et de résultat comptent à parts égales ; la note de chaque article est la moyenne de ses unités évaluées, et la note globale la moyenne des articles évalués.',
      methodLink: 'Mode de calcul des notes',
      noRanking: 'Il s’agit du profil d’une évaluation, et non d’un classement des pays.',
      openQuestion: 'Aller à la question {{id}}',
    },
    profile: {
      heading: 'Profil',
      radarTitle: 'Note de chaque unité',
      radarSummary:
        '{{assessed}} unités évaluées sur {{total}}. La plus solide est {{strongest}} ({{strongestScore}}) ; la plus faible est {{weakest}} ({{weakestScore}}).',
      radarSummaryNone: 'Aucune unité n’est encore évaluée.',
      notAssessedList: 'Non évaluées : {{units}}.',
      barsTitle: 'Sous-notes structurelle, de processus et de résultat par article',
      barsSummaryItem: '{{article}}, sous-note la plus basse : {{type}} ({{score}})',
      barsSummaryNone: 'Aucun article n’a encore de sous-notes.',
      tableCaption: 'Notes et sous-notes des unités',
      barsTableCaption: 'Sous-notes des articles',
      showTable: 'Afficher les données sous forme de tableau',
      unit: 'Unité',
      article: 'Article',
      articleShort: 'Article {{id}}',
      score: 'Note',
      bandColumn: 'Tranche',
      coverageColumn: 'Réponses (avec justificatif)',
      chartLoading: 'Chargement du graphique…',
      chartUnavailable:
        'Le graphique n’a pas pu être chargé. Le tableau ci-dessous contient les mêmes données.',
    },
    gaps: {
      heading: 'Lacunes',
      intro:
        'Questions ayant reçu une réponse notée moins de 100 : les questions essentielles d’abord, puis selon l’ampleur de l’écart multipliée par le poids de la question.',
      filtersLegend: 'Filtrer les lacunes',
      articleFilter: 'Article',
      addresseeFilter: 'Destinataire de la recommandation',
      all: 'Tous',
      showing: '{{shown}} lacunes affichées sur {{total}}.',
      none: 'Aucune lacune : chaque question ayant reçu une réponse est notée 100.',
      noneFiltered: 'Aucune lacune ne correspond à ces filtres.',
      critical: 'Essentielle',
      unitLabel: 'Unité {{id}}',
      answer: 'Réponse',
      score: 'Note',
      evidence: 'Justificatifs',
      evidenced_one: 'étayée ({{count}} justificatif)',
      evidenced_other: 'étayée ({{count}} justificatifs)',
      unevidenced: 'non étayée : vaudrait {{raw}}, plafonnée à {{cap}}',
      noEvidence: 'aucun justificatif joint',
      recommendation: 'Recommandation (destinataire : {{addressee}})',
      noRecommendation: 'Aucune recommandation : la note est supérieure à {{threshold}}.',
    },
    answer: {
      maturity: 'Niveau {{level}} : {{description}}',
      checklist: '{{present}} éléments sur {{total}} : {{items}}',
      checklistNone: 'aucun des {{total}} éléments',
      unanswered: 'Sans réponse',
    },
    targets: {
      heading: 'Cibles',
      intro:
        'Le profil prévisionnel remplace chaque réponse actuelle par la réponse cible, pour montrer où mènent les mesures prévues.',
      none: 'Aucune cible n’est encore fixée. Les cibles se saisissent sur la page de chaque question.',
      radarTitle: 'Situation actuelle et prévue, par unité',
      count_one: 'Une cible est fixée pour {{count}} question.',
      count_other: 'Des cibles sont fixées pour {{count}} questions.',
      summary:
        'Note globale : {{current}} aujourd’hui, {{planned}} prévue. La plus forte hausse prévue concerne l’unité {{unit}} ({{change}}).',
      summaryNoRise: 'Note globale : {{current}} aujourd’hui, {{planned}} prévue.',
      legendCurrent: 'Aujourd’hui (trait plein)',
      legendPlanned: 'Prévu (trait discontinu)',
      today: 'Aujourd’hui',
      planned: 'Prévu',
      change: 'Variation',
      tableCaption: 'Notes des unités aujourd’hui et prévues',
      listHeading: 'Questions assorties d’une cible',
      listCaption: 'Réponse et note aujourd’hui et prévues',
      question: 'Question',
      scoreValue: 'note {{score}}',
    },
  },
  method: {
    documentTitle: 'Mode de calcul des notes',
    bandsCaption: 'Tranches',
    bandColumn: 'Tranche',
    rangeColumn: 'Notes',
    exampleCaption: 'Questions de l’exemple détaillé',
    questionColumn: 'Question',
    typeColumn: 'Type',
    answerColumn: 'Réponse',
    evidenceColumn: 'Justificatif',
    weightColumn: 'Poids',
    rawColumn: 'Note avant l’exigence de justificatifs',
    scoreColumn: 'Note retenue',
    noteColumn: 'Remarque',
    yes: 'oui',
    no: 'non',
    leftOut: 'exclue',
    calculationHeading: 'Le calcul',
    englishOnly: 'La méthode est décrite en anglais.',
  },
  answerText: {
    maturity: 'Niveau {{level}} : {{description}}',
    checklist: '{{present}} éléments sur {{total}} : {{items}}',
    checklistNone: 'aucun des {{total}} éléments',
    notApplicableReason: 'Sans objet : {{reason}}',
    unanswered: 'Sans réponse',
    excludedRole: 'Non posée : en dehors des rôles dans la coopération de l’entité évaluée',
    evidenceKind: { citation: 'Citation', link: 'Lien', document: 'Document' },
    confidential: 'confidentiel',
    noEvidence: 'Aucun justificatif joint',
    comment: 'Commentaire',
    confidence: 'Degré de confiance : {{level}}',
  },
  compare: {
    title: 'Comparer deux évaluations',
    intro:
      'Placez côte à côte deux évaluations fondées sur le même questionnaire : l’auto-évaluation d’un État et l’évaluation parallèle d’une ONG portant sur le même État et la même période, ou deux cycles de la même évaluation. Les questions sont appariées par leur identifiant.',
    formLegend: 'Quelles évaluations voulez-vous comparer ?',
    firstLabel: 'Première évaluation',
    firstHint:
      'Lorsque l’une est une auto-évaluation et l’autre une évaluation parallèle, l’auto-évaluation est présentée en premier.',
    secondLabel: 'Deuxième évaluation',
    choose: 'Choisissez une évaluation',
    option: '{{label}} — {{respondent}}, {{organisation}}, du {{from}} au {{to}}',
    submit: 'Comparer',
    errorFirst: 'Choisissez la première évaluation',
    errorSecond: 'Choisissez la deuxième évaluation',
    errorSame: 'Choisissez deux évaluations différentes',
    errorQuestionnaire:
      'Ces évaluations répondent à des questionnaires différents ; leurs questions ne peuvent donc pas être appariées. Choisissez deux évaluations fondées sur le même questionnaire',
    needTwo:
      'La comparaison nécessite au moins deux évaluations sur cet appareil. Ouvrez d’abord les exemples d’auto-évaluation de l’État et d’évaluation parallèle, ou créez une évaluation.',
    missing: 'L’une des évaluations à comparer ne se trouve plus sur cet appareil.',
    chooseOther: 'Choisir d’autres évaluations',
    roundsLink: 'Voir les évaluations d’un État au fil du temps',
    resultTitle: 'Comparaison : {{state}}',
    resultTitleTwoStates: 'Comparaison : {{a}} et {{b}}',
    sidesLabel: 'Les deux évaluations',
    first: 'Première',
    second: 'Deuxième',
    sideLabel: '{{respondent}} réalisée par {{organisation}}',
    sideDetail: '{{state}} · du {{from}} au {{to}}',
    sideName: 'Nom dans votre bibliothèque : {{name}}',
    differentStates:
      'Ces évaluations portent sur des États différents ({{a}} et {{b}}) : les écarts comparent deux pays, et non deux points de vue sur un même pays.',
    sameRespondent:
      'Les deux évaluations sont de même type (« {{respondent}} ») : la comparaison montre comment chacune a répondu, et non le point de vue d’un État face à celui d’une ONG.',
    versions:
      'Les deux évaluations utilisent des versions différentes du questionnaire ({{a}} et {{b}}). Les questions sont appariées par identifiant ; celles qui ne figurent que dans une version sont énumérées sous « Questions propres à une seule version ».',
    loadingQuestionnaire: 'Chargement du questionnaire…',
    summaryHeading: 'Résumé',
    overall: 'Alignement global',
    notScored: 'non noté',
    difference: 'Écart (deuxième moins première)',
    divergentCount_one: '{{count}} question sur {{total}} diverge.',
    divergentCount_other: '{{count}} questions sur {{total}} divergent.',
    noDivergent:
      'Aucune question ne diverge : chaque paire de réponses présente un écart inférieur à {{threshold}} points.',
    rule: 'Une question diverge lorsque les deux notes présentent un écart d’au moins {{threshold}} points, ou lorsqu’une seule des deux parties a donné une réponse particulière (sans objet, ne sait pas, information non publique). Une unité ou un article diverge lorsque ses deux notes présentent un écart d’au moins {{threshold}} points.',
    divergentListHeading: 'Questions divergentes',
    goToQuestion: 'Aller à la question {{id}}',
    articlesCaption: 'Notes par article',
    article: 'Article',
    articleShort: 'Article {{id}}',
    unit: 'Unité',
    divergent: 'Divergent',
    divergentIcon: '⚠',
    reason: {
      'score-difference': 'notes présentant un écart d’au moins {{threshold}} points',
      'special-answer': 'réponse particulière d’un seul côté',
    },
    profileHeading: 'Profils',
    radarTitle: 'Note de chaque unité, pour les deux évaluations',
    radarSummary:
      '{{both}} unités sur {{total}} sont évaluées des deux côtés. La première évaluation obtient une note plus élevée pour {{firstHigher}}, la deuxième pour {{secondHigher}}, et elles sont à égalité pour {{level}}.',
    radarSummaryNone: 'Aucune unité n’est encore évaluée des deux côtés.',
    radarLegendFirst: 'Première : {{label}} (trait plein)',
    radarLegendSecond: 'Deuxième : {{label}} (trait discontinu)',
    differenceTitle: 'Écart par unité (deuxième moins première)',
    differenceSummary_one:
      'L’écart le plus important concerne l’unité {{unit}} ({{difference}}). {{count}} unité présente un écart d’au moins {{threshold}} points (au-delà des traits discontinus).',
    differenceSummary_other:
      'L’écart le plus important concerne l’unité {{unit}} ({{difference}}). {{count}} unités présentent un écart d’au moins {{threshold}} points (au-delà des traits discontinus).',
    differenceSummaryNone:
      'Aucune unité n’est notée des deux côtés ; il n’y a donc aucun écart à représenter.',
    thresholdLabel: '±{{threshold}} : divergence',
    tableCaption: 'Notes des unités dans les deux évaluations et leur écart',
    showTable: 'Afficher les données sous forme de tableau',
    chartLoading: 'Chargement du graphique…',
    chartUnavailable:
      'Le graphique n’a pas pu être chargé. Le tableau ci-dessous contient les mêmes données.',
    questionsHeading: 'Questions, unité par unité',
    questionsIntro:
      'Les unités comportant des questions divergentes apparaissent en premier et, dans chaque unité, les questions divergentes sont énumérées en premier.',
    onlyDivergent: 'N’afficher que les questions divergentes',
    unitHeading: '{{id}} {{title}}',
    unitScores: 'Note de l’unité : première {{a}}, deuxième {{b}}, écart {{difference}}',
    unitDivergentCount_one: '{{count}} question divergente',
    unitDivergentCount_other: '{{count}} questions divergentes',
    noQuestionsShown: 'Aucune question divergente dans cette unité.',
    answer: 'Réponse',
    score: 'Note',
    scoreCapped: '{{score}} (plafonnée : aucun justificatif joint)',
    evidence: 'Justificatifs',
    questionDifference: 'Écart : {{difference}}',
    unmatchedHeading: 'Questions propres à une seule version',
    onlyInFirst: 'Uniquement dans le questionnaire de la première évaluation : {{ids}}',
    onlyInSecond: 'Uniquement dans le questionnaire de la deuxième évaluation : {{ids}}',
    noUnmatched: 'Chaque question figure dans les deux versions.',
  },
  rounds: {
    title: 'Cycles au fil du temps',
    intro:
      'Voyez comment les évaluations d’un État réalisées par un même type de répondant ont évolué d’une période à l’autre : globalement, par article et par unité.',
    seriesLabel: 'Évaluations de',
    seriesHint:
      'Les séries regroupent les évaluations de cet appareil qui portent sur le même État, émanent du même type de répondant et reposent sur le même questionnaire.',
    seriesOption: '{{state}} — {{respondent}} ({{count}} évaluations)',
    roundsLegend: 'Cycles à inclure',
    roundsHint: 'Choisissez-en au moins deux ; ils sont présentés dans l’ordre de leur période.',
    roundOption: '{{label}} : du {{from}} au {{to}}',
    show: 'Afficher le profil au fil du temps',
    errorSeries: 'Choisissez les évaluations à afficher',
    errorRounds: 'Choisissez au moins deux cycles',
    needTwo:
      'Un profil au fil du temps nécessite au moins deux évaluations du même État réalisées par le même type de répondant. Dupliquez d’abord une évaluation pour la période suivante, ou importez le cycle précédent.',
    resultTitle: 'Au fil du temps : {{state}}',
    resultCaption: '{{respondent}} · {{count}} cycles',
    roundsCaption: 'Cycles, dans l’ordre des périodes',
    round: 'Cycle',
    roundNumber: 'Cycle {{n}}',
    period: 'Période',
    periodValue: 'du {{from}} au {{to}}',
    questionnaireVersion: 'Version du questionnaire',
    name: 'Nom',
    versionsDiffer:
      'Les cycles utilisent des versions différentes du questionnaire ; les unités sont appariées par identifiant, et une unité absente d’un cycle n’y a pas de note.',
    overallHeading: 'Note globale et par article',
    overallChartTitle: 'Notes globales et par article, par cycle',
    overallSummary:
      'Note globale : {{first}} au premier cycle, {{last}} au plus récent ({{change}}).',
    overallSummaryMissing:
      'La note globale manque pour le premier cycle ou le plus récent ; aucune variation n’est donc indiquée.',
    overall: 'Note globale',
    unitsHeading: 'Unités',
    unitSelect: 'Unité à représenter',
    unitChartTitle: 'Unité {{unit}} et note globale, par cycle',
    unitSummary:
      'Unité {{unit}} : {{first}} au premier cycle, {{last}} au plus récent ({{change}}).',
    unitSummaryMissing:
      'L’unité {{unit}} n’a pas de note au premier cycle ou au plus récent ; aucune variation n’est donc indiquée.',
    tableCaption: 'Notes par cycle, avec la variation par rapport au cycle précédent',
    unitsTableCaption:
      'Notes des unités par cycle, avec la variation par rapport au cycle précédent',
    level: 'Niveau',
    scoreAndChange: '{{score}} ({{change}})',
    showTable: 'Afficher les données sous forme de tableau',
    chooseOther: 'Choisir d’autres cycles',
    lineStyles:
      'Chaque ligne a son propre motif de tirets et sa propre forme de marqueur, indiqués dans la légende.',
    invalidChoice:
      'Ces cycles ne peuvent pas être présentés ensemble : certains ne se trouvent plus sur cet appareil, ou ils ne portent pas sur un même État, n’émanent pas d’un même type de répondant ou ne reposent pas sur un même questionnaire. Choisissez de nouveau les cycles.',
    chartLoading: 'Chargement du graphique…',
    chartUnavailable:
      'Le graphique n’a pas pu être chargé. Le tableau ci-dessous contient les mêmes données.',
    choose: 'Choisissez les évaluations à afficher',
    compareLink: 'Comparer deux évaluations',
    articleShort: 'Article {{id}}',
    loadingQuestionnaire: 'Chargement du questionnaire…',
  },
  merge: {
    title: 'Importer des fichiers de section',
    intro:
      'Intégrez les réponses que d’autres services ou collègues ont rédigées dans leurs propres copies de cette évaluation. Vous voyez ce qui changerait avant toute modification, vous choisissez la réponse à conserver chaque fois que deux réponses diffèrent, et vous pouvez annuler la fusion.',
    filesLabel: 'Fichiers de section',
    filesHint:
      'Fichiers d’évaluation exportés depuis cette application (.json, ou .isa s’ils sont chiffrés). Vous pouvez en choisir plusieurs à la fois.',
    preview: 'Prévisualiser la fusion',
    errorNoFiles: 'Choisissez au moins un fichier de section',
    errorFile: '{{file}} : {{message}}',
    reading: 'Lecture des fichiers…',
    loadingQuestionnaire: 'Chargement du questionnaire…',
    previewHeading: 'Ce que ferait la fusion',
    sourcesCaption: 'Fichiers à fusionner',
    fileNumber: 'Fichier {{n}}',
    fileColumn: 'Fichier',
    fromColumn: 'Évaluation contenue dans le fichier',
    answersColumn: 'Réponses',
    counts: 'Nouvelles : {{new}} ; identiques : {{identical}} ; en conflit : {{conflict}}.',
    nothing: 'Ces fichiers ne contiennent aucune réponse ; il n’y a donc rien à fusionner.',
    warningsHeading: 'À vérifier avant la fusion',
    status: { new: 'Nouvelle', identical: 'Identique', conflict: 'Conflit' },
    statusIcon: { new: '+', identical: '=', conflict: '⚠' },
    newIntro:
      'Réponses à des questions auxquelles cette évaluation n’a pas encore répondu. Elles seront ajoutées.',
    identicalIntro:
      'Réponses identiques à celles que contient déjà cette évaluation. Rien ne change.',
    conflictIntro:
      'Réponses qui diffèrent. Choisissez, question par question, la réponse à conserver.',
    conflictsHeading_one: '{{count}} conflit à résoudre',
    conflictsHeading_other: '{{count}} conflits à résoudre',
    newHeading_one: '{{count}} nouvelle réponse',
    newHeading_other: '{{count}} nouvelles réponses',
    identicalHeading_one: '{{count}} réponse identique',
    identicalHeading_other: '{{count}} réponses identiques',
    fromFiles: 'Provenance : {{files}}',
    conflictLegend: 'Question {{id}} : quelle réponse voulez-vous conserver ?',
    keepCurrent: 'Conserver la réponse actuelle',
    takeFile: 'Reprendre la réponse de {{files}}',
    unknownQuestion: 'Question {{id}} (absente de ce questionnaire)',
    remaining_one: '{{count}} conflit n’est pas encore résolu.',
    remaining_other: '{{count}} conflits ne sont pas encore résolus.',
    allResolved: 'Tous les conflits sont résolus.',
    apply: 'Appliquer la fusion',
    cancel: 'Choisir d’autres fichiers',
    applied: 'Fusion appliquée',
    appliedBody_one:
      '{{count}} réponse a été ajoutée ou remplacée. La version précédente est conservée : vous pouvez annuler la fusion.',
    appliedBody_other:
      '{{count}} réponses ont été ajoutées ou remplacées. La version précédente est conservée : vous pouvez annuler la fusion.',
    appliedNone:
      'Aucune réponse n’a changé : chaque réponse des fichiers correspondait à cette évaluation, ou vous avez conservé la réponse actuelle.',
    snapshotNote:
      'Une copie de la version précédente est également conservée sur cet appareil et peut être restaurée depuis la page Fichiers.',
    changedCaption: 'Réponses modifiées par la fusion',
    question: 'Question',
    before: 'Avant',
    after: 'Après',
    undo: 'Annuler la fusion',
    undone: 'Fusion annulée : l’évaluation est revenue à son état d’avant la fusion.',
    undoChanged:
      'L’évaluation a été modifiée après la fusion. L’annulation rétablit la version d’avant la fusion ; ces modifications ultérieures seraient donc perdues. Une copie de la version actuelle est d’abord conservée sur cet appareil.',
    undoConfirm: 'Annuler quand même',
    stale:
      'L’évaluation a été modifiée pendant que vous examiniez la fusion ; prévisualisez-la de nouveau pour que le résultat corresponde à ce que vous voyez.',
    snapshotFailed:
      'La version précédente n’a pas pu être enregistrée sur cet appareil ; rien n’a donc été fusionné. Libérez de l’espace ou exportez votre travail, puis réessayez.',
    backToTasks: 'Retour à la liste des tâches',
    taskListLink: 'Importer des fichiers de section',
    warnVersion:
      '{{file}} utilise la version {{theirs}} du questionnaire ; cette évaluation utilise la version {{ours}}. Les réponses sont appariées par identifiant de question.',
    warnState: '{{file}} porte sur {{theirs}} ; cette évaluation porte sur {{ours}}.',
    warnRespondent:
      '{{file}} est de type « {{theirs}} » ; cette évaluation est de type « {{ours}} ».',
    warnPeriod:
      '{{file}} couvre la période du {{from}} au {{to}} ; cette évaluation couvre la période du {{baseFrom}} au {{baseTo}}.',
    errorQuestionnaire:
      '{{file}} répond au questionnaire « {{theirs}} » et non « {{ours}} » ; il ne peut donc pas être fusionné avec cette évaluation',
    undoFailed:
      'La fusion n’a pas pu être annulée, car la version actuelle n’a pas pu être enregistrée au préalable sur cet appareil. Libérez de l’espace ou exportez votre travail, puis réessayez.',
    fileLabel: 'Fichier {{n}} ({{name}})',
    fileLabelPart: 'Fichier {{n}} ({{name}}, évaluation {{position}} sur {{count}})',
    answersCount_one: '{{count}} réponse',
    answersCount_other: '{{count}} réponses',
    evidenceCount_one: '{{count}} justificatif',
    evidenceCount_other: '{{count}} justificatifs',
    noCurrent: 'Cette évaluation n’a pas encore de réponse à cette question.',
    passphraseHeading: 'Fichiers chiffrés',
    passphraseIntro: 'Certains des fichiers choisis ont été exportés avec une phrase secrète. Saisissez la phrase secrète de chacun pour l’ouvrir. Rien n’est fusionné avant que vous ayez vu l’aperçu.',
    plainKept_one: 'Également choisi, non chiffré : {{files}}.',
    plainKept_other: 'Également choisis, non chiffrés : {{files}}.',
    passphraseLabel: 'Phrase secrète de {{file}}',
    passphraseHint: 'La phrase secrète choisie lors de l’exportation de ce fichier.',
    passphraseMissing: 'Saisissez la phrase secrète de {{file}}',
    passphraseWrong: 'La phrase secrète de {{file}} est incorrecte ou le fichier a été modifié ; saisissez-la de nouveau',
    unlocked: '{{file}} est ouvert.',
    decrypt: 'Ouvrir et prévisualiser la fusion',
    decrypting: 'Ouverture des fichiers chiffrés… cela prend un moment.',
  },
  files: {
    title: 'Fichiers',
    intro:
      'Vos évaluations se trouvent uniquement dans ce navigateur, sur cet appareil. Exportez-les dans un fichier pour en garder une copie que vous maîtrisez, pour les transférer sur un autre appareil ou pour les partager. Les fichiers sont créés sur votre appareil et ne sont jamais envoyés nulle part.',
    lastExport: 'Dernière exportation : {{when}}.',
    neverExported: 'Vous n’avez encore exporté aucun fichier depuis cet appareil.',
    unsavedNotice:
      'Vos dernières modifications n’ont pas pu être enregistrées sur cet appareil, mais elles sont toutes encore présentes dans cette fenêtre. Exportez un fichier maintenant pour les conserver.',
    contents: 'Sur cette page',
    sections: {
      export: 'Exporter un fichier',
      csv: 'Réponses sous forme de tableur (CSV)',
      import: 'Importer un fichier',
      snapshots: 'Instantanés : annuler des suppressions et des remplacements',
    },
    privacyLink: 'Ce que cette application stocke sur cet appareil, et comment l’effacer',
    libraryLink: 'Importer ou exporter des fichiers',
    export: {
      intro:
        'Choisissez une évaluation ou toute la bibliothèque. Le fichier contient tout ce que vous avez saisi, y compris les justificatifs marqués comme confidentiels.',
      nothing: 'Il n’y a encore rien à exporter : votre bibliothèque est vide.',
      whatLabel: 'Éléments à exporter',
      wholeLibrary_one: 'Toute la bibliothèque ({{count}} évaluation)',
      wholeLibrary_other: 'Toute la bibliothèque ({{count}} évaluations)',
      encryptLabel: 'Chiffrer le fichier avec une phrase secrète',
      encryptHint:
        'Recommandé si d’autres personnes pourraient voir le fichier, par exemple sur un lecteur partagé ou sur un ordinateur portable susceptible d’être fouillé.',
      lostWarningTitle: 'Une phrase secrète perdue ne peut pas être récupérée.',
      lostWarning:
        'Personne, pas même les concepteurs de cette application, ne peut ouvrir le fichier sans elle. Conservez la phrase secrète en lieu sûr, séparément du fichier.',
      passphraseLabel: 'Phrase secrète',
      passphraseHint:
        'Au moins {{count}} caractères. Plusieurs mots sans rapport entre eux forment une phrase solide et facile à retenir.',
      strength: {
        'too-short': 'Trop courte.',
        weak: 'Faible : facile à deviner. Ajoutez des mots.',
        fair: 'Moyenne : un ou deux mots de plus la rendraient solide.',
        strong: 'Solide.',
      },
      confirmLabel: 'Saisissez de nouveau la phrase secrète',
      passphraseMissing: 'Saisissez une phrase secrète pour chiffrer le fichier',
      passphraseShort: 'Saisissez une phrase secrète d’au moins {{count}} caractères',
      confirmMismatch:
        'Les deux phrases secrètes diffèrent : saisissez la même phrase secrète dans les deux champs',
      submit: 'Exporter le fichier',
      submitEncrypted: 'Exporter le fichier chiffré',
      working: 'Préparation du fichier…',
      encrypting:
        'Chiffrement du fichier. Cette opération prend volontairement un peu de temps, pour ralentir quiconque tenterait de deviner la phrase secrète.',
      done: 'Votre navigateur enregistre {{fileName}}. Conservez-le en lieu sûr.',
      doneEncrypted:
        'Votre navigateur enregistre {{fileName}}, chiffré. Vous aurez besoin de la phrase secrète pour l’ouvrir.',
      failed: 'Le fichier n’a pas pu être créé ({{reason}}). Rien n’a été modifié ; réessayez.',
    },
    csv: {
      intro:
        'Une ligne par question avec la réponse, la note, les justificatifs, le commentaire et la cible, pour trier et annoter dans un tableur. Les fichiers CSV ne peuvent pas être réimportés.',
      nothing: 'Il n’y a encore rien à exporter : votre bibliothèque est vide.',
      whichLabel: 'Évaluation',
      confidentialLabel: 'Inclure les justificatifs marqués comme confidentiels',
      confidentialHint:
        'Si la case n’est pas cochée, les justificatifs confidentiels sont seulement comptés, sans être reproduits.',
      noQuestionnaire:
        'Le questionnaire de cette évaluation n’est pas disponible dans cette application ; ses réponses ne peuvent donc pas être énumérées.',
      submit: 'Télécharger le CSV',
      loading: 'Chargement du questionnaire…',
      done: 'Votre navigateur enregistre {{fileName}}.',
    },
    import: {
      intro:
        'Ouvrez un fichier d’évaluation exporté depuis cette application, chiffré ou non. Vous verrez ce qu’il changerait avant toute modification.',
      fileLabel: 'Choisir un fichier d’évaluation',
      fileHint:
        'Un fichier exporté depuis cette application (.json, ou .isa s’il est chiffré), de 20 Mo au maximum.',
      tooLarge:
        'Ce fichier dépasse {{megabytes}} Mo ; il n’a donc pas été ouvert. Vérifiez que vous avez choisi un fichier d’évaluation exporté depuis l’application.',
      unreadable:
        'Le fichier n’a pas pu être lu sur votre appareil ; choisissez-le de nouveau, ou copiez-le d’abord sur cet appareil.',
      unchanged: 'Votre bibliothèque n’a pas été modifiée.',
      reading: 'Lecture de {{fileName}}…',
      encryptedTitle: '{{fileName}} est chiffré',
      passphraseLabel: 'Phrase secrète',
      passphraseHint: 'La phrase secrète choisie lors de l’exportation du fichier.',
      passphraseMissing: 'Saisissez la phrase secrète de ce fichier',
      decrypt: 'Ouvrir le fichier',
      chooseAnother: 'Choisir un autre fichier',
      decrypting: 'Déchiffrement… cela prend un moment.',
      previewTitle: 'Ce que ferait l’importation de {{fileName}}',
      previewSummary:
        'Nouvelles : {{new}} ; remplaçant votre copie : {{replaces}} ; ignorées : {{skipped}}. Rien n’a encore été modifié.',
      migrated:
        'Ce fichier a été créé par une version antérieure de l’application ; il a été mis à jour. Le fichier lui-même n’est pas modifié.',
      stale:
        'Votre bibliothèque a changé pendant que vous consultiez cet aperçu ; rien n’a donc été importé. Vérifiez l’aperçu mis à jour ci-dessous et relancez l’importation.',
      previewCaption: 'Évaluations contenues dans le fichier',
      columnAssessment: 'Évaluation',
      columnAction: 'Ce qui se passe',
      columnDetail: 'Détails',
      action: { new: 'Nouvelle', replaces: 'Remplace votre copie', skipped: 'Ignorée' },
      detailNew: 'Pas encore dans votre bibliothèque : elle sera ajoutée.',
      detailReplaces:
        'Votre copie a été modifiée pour la dernière fois le {{mine}} ; celle du fichier le {{theirs}}. Un instantané de votre copie est conservé.',
      skip: {
        same: 'Votre bibliothèque contient déjà exactement cette version.',
        newer:
          'Votre copie a été modifiée plus récemment ({{mine}}). Cochez la case ci-dessous pour la remplacer quand même.',
        duplicate:
          'Le fichier contient cette évaluation plusieurs fois ; seule la première copie est utilisée.',
      },
      replaceNewer:
        'Remplacer aussi les copies de ma bibliothèque modifiées plus récemment que celles du fichier',
      snapshotNote:
        'Avant tout remplacement, un instantané de votre copie est conservé sur cet appareil ; vous pouvez le restaurer ci-dessous.',
      apply_one: 'Importer {{count}} évaluation',
      apply_other: 'Importer {{count}} évaluations',
      cancel: 'Annuler sans rien modifier',
      close: 'Fermer',
      applying: 'Importation…',
      doneTitle: 'Importation terminée',
      doneSummary:
        'Depuis {{fileName}} : nouvelles : {{new}} ; remplacées : {{replaces}} ; ignorées : {{skipped}}.',
      doneSnapshots:
        'Un instantané de chaque évaluation remplacée a été conservé : restaurez-le sous Instantanés si nécessaire.',
      another: 'Importer un autre fichier',
      snapshotFailed:
        'Une copie de sécurité des évaluations à remplacer n’a pas pu être enregistrée (l’appareil est peut-être plein) ; rien n’a donc été importé. Libérez de l’espace ou exportez d’abord votre bibliothèque, puis réessayez.',
    },
    snapshots: {
      intro:
        'Une copie est conservée sur cet appareil avant qu’une évaluation ne soit supprimée ou remplacée par une importation ou une restauration, et avant la mise à niveau des données stockées. Les {{count}} plus récentes sont conservées.',
      why: {
        delete: 'Avant la suppression',
        'import-replace': 'Avant son remplacement par une importation',
        restore: 'Avant son remplacement par une restauration',
        migration: 'Avant la mise à niveau des données stockées',
      },
      unknownTime: 'heure inconnue',
      state: {
        absent: 'ne figure plus dans votre bibliothèque',
        same: 'votre bibliothèque contient cette même version',
        different: 'votre bibliothèque contient une version différente',
      },
      restore: 'Restaurer',
      restoreWhich: '{{label}} du {{when}}',
      unreadable_one:
        '{{count}} élément de cet instantané ne peut pas être lu comme une évaluation ; vous pouvez tout de même le télécharger.',
      unreadable_other:
        '{{count}} éléments de cet instantané ne peuvent pas être lus comme des évaluations ; vous pouvez tout de même les télécharger.',
      downloadRaw: 'Télécharger la copie brute',
      restored: '{{label}} est restaurée dans votre bibliothèque.',
      open: 'Ouvrir {{label}}',
      restoreFailed:
        '{{label}} n’a pas pu être restaurée : un instantané de la version actuelle n’a pas pu être enregistré au préalable (l’appareil est peut-être plein). Rien n’a été modifié.',
      loading: 'Chargement des instantanés…',
      listFailed: 'Les instantanés n’ont pas pu être lus sur cet appareil.',
      none: 'Il n’y a encore aucun instantané.',
    },
    reminder: {
      title: 'Gardez une copie de votre travail',
      never: 'Vous n’avez pas encore exporté vos évaluations.',
      old_one: 'Votre dernière exportation remonte à {{count}} jour ({{when}}).',
      old_other: 'Votre dernière exportation remonte à {{count}} jours ({{when}}).',
      why: 'Les navigateurs peuvent supprimer les données stockées, par exemple pour libérer de l’espace ou après quelques jours sans visite ; un fichier est une copie que vous maîtrisez.',
      go: 'Exporter un fichier',
      later: 'Me le rappeler plus tard',
    },
  },
  privacy: {
    title: 'Confidentialité : ce qui est conservé sur cet appareil',
    lead: 'Tout ce que vous saisissez reste dans ce navigateur, sur cet appareil. L’application n’envoie rien nulle part : il n’y a ni serveur, ni compte, ni mesure d’audience, ni télémétrie.',
    stored: {
      title: 'Ce qui est stocké, et où',
      intro:
        'L’application conserve votre travail dans l’espace de stockage propre au navigateur pour ce site. Personne d’autre ne peut le lire au moyen de l’application, mais toute personne ayant accès à ce profil de navigateur peut ouvrir l’application et le voir.',
      caption: 'Ce que l’application stocke sur cet appareil',
      place: 'Emplacement',
      key: 'Clé',
      what: 'Contenu',
      indexedDb: 'Base de données IndexedDB « {{database}} », magasin « {{store}} »',
      localStorage: 'Stockage local',
      cache: 'Cache du service worker',
      cacheKeys: 'Caches nommés « workbox-precache… »',
      files: 'Fichiers que vous exportez',
      filesKeys: 'À l’endroit où vous les enregistrez',
      keys: {
        index:
          'La liste de vos évaluations, ce que l’écran d’accueil en montre (nom, État, période, part des réponses, dernier enregistrement) et la version de l’organisation du stockage.',
        record:
          'Une évaluation : paramétrage, réponses, justificatifs, commentaires et cibles, avec un numéro de révision et l’heure de l’enregistrement.',
        snapshot:
          'Copies conservées avant une suppression, une importation ayant remplacé une évaluation, ou une restauration (les {{count}} plus récentes).',
        backup:
          'Une copie intacte des données stockées, faite avant leur mise à niveau vers une organisation plus récente.',
        quarantine:
          'Éléments stockés qui n’ont pas pu être lus, mis de côté au lieu d’être supprimés.',
        unsaved:
          'Modifications faites juste avant la fermeture de la page, conservées jusqu’à leur réintégration lors de votre prochaine visite.',
        lastExport: 'La date de votre dernière exportation, pour le rappel d’exportation.',
        language: 'La langue d’interface que vous avez choisie.',
        unsavedFallback: 'Les mêmes modifications, ici seulement quand le stockage local n’a pas pu les prendre.',
        cache:
          'Les fichiers de l’application elle-même (pages, scripts, styles, polices, icônes, questionnaire), pour qu’elle fonctionne hors ligne. Aucune de vos données.',
        files:
          'Fichiers d’évaluation, CSV et rapports PDF. Les fichiers chiffrés ne peuvent être ouverts qu’avec leur phrase secrète.',
        questionnaire:
          'Un questionnaire que vous avez chargé depuis un fichier, tel que vérifié, avec le nom du fichier et l’heure du chargement.',
      },
    },
    sent: {
      title: 'Rien ne quitte cet appareil',
      noServer:
        'L’application n’a pas de serveur : les pages que vous avez ouvertes constituent toute l’application, et elles fonctionnent ici.',
      noTelemetry:
        'Ni mesure d’audience, ni télémétrie, ni rapport d’erreurs : personne n’est informé de la manière dont vous l’utilisez ni du moment.',
      noCookies: 'Aucun cookie n’est déposé.',
      noThirdParty:
        'Aucune police, aucun script ni aucune image n’est chargé depuis d’autres sites.',
      policy:
        'Une politique de sécurité du contenu (Content-Security-Policy) demande au navigateur de refuser toute connexion à un autre site ; ainsi, même un défaut de l’application ne pourrait pas envoyer vos données ailleurs.',
      files:
        'Les fichiers ne quittent l’appareil que lorsque vous les enregistrez quelque part et les partagez vous-même.',
    },
    keeping: {
      title: 'Conserver vos données',
      intro:
        'Les navigateurs peuvent supprimer les données stockées d’un site lorsque l’espace vient à manquer, et certains le font après quelques jours sans visite. L’application demande au navigateur de conserver son stockage.',
      answerLabel: 'Réponse de votre navigateur :',
      answer: {
        unknown: 'pas encore demandée.',
        asking: 'demande en cours…',
        granted:
          'il a accepté de conserver le stockage de cette application jusqu’à ce que vous l’effaciez.',
        denied:
          'il n’a pas accepté ; il peut donc supprimer le stockage de cette application lorsque l’espace vient à manquer.',
        unsupported: 'ce navigateur ne propose pas de stockage persistant.',
        failed: 'la demande n’a pas pu être faite.',
      },
      grantedAdvice:
        'Les fichiers exportés restent la copie la plus sûre : exportez régulièrement.',
      notGrantedAdvice:
        'Exportez régulièrement votre travail dans un fichier. Les navigateurs acceptent souvent une fois l’application installée ou ajoutée aux favoris.',
      askAgain: 'Redemander au navigateur',
      estimate:
        'Ce site utilise environ {{usage}} Mo sur les {{quota}} Mo que le navigateur lui accorde.',
      noEstimate: 'Ce navigateur n’indique pas l’espace de stockage utilisé par le site.',
    },
    how: {
      title: 'Comment l’effacer',
      one: 'Une évaluation : supprimez-la de vos évaluations. Un instantané est conservé ; supprimez-le aussi en effaçant tout, sinon il disparaît au fur et à mesure que de nouveaux instantanés sont créés.',
      all: 'Tout : utilisez « Tout effacer sur cet appareil » ci-dessous.',
      browser:
        'Depuis le navigateur : effacer les données de ce site dans les paramètres du navigateur supprime les mêmes éléments.',
      files:
        'Les fichiers que vous avez exportés ne sont pas concernés : supprimez-les à l’endroit où vous les avez enregistrés.',
    },
    erase: {
      title: 'Tout effacer sur cet appareil',
      word: 'EFFACER',
      what_zero:
        'Cette opération supprime de ce navigateur tous les instantanés et toutes les sauvegardes, vos paramètres et la copie hors ligne de l’application. Les autres onglets ouverts de l’application reçoivent l’ordre de s’arrêter.',
      what_one:
        'Cette opération supprime de ce navigateur votre évaluation ({{count}}), tous les instantanés et toutes les sauvegardes, vos paramètres et la copie hors ligne de l’application. Les autres onglets ouverts de l’application reçoivent l’ordre de s’arrêter.',
      what_other:
        'Cette opération supprime de ce navigateur vos {{count}} évaluations, tous les instantanés et toutes les sauvegardes, vos paramètres et la copie hors ligne de l’application. Les autres onglets ouverts de l’application reçoivent l’ordre de s’arrêter.',
      cannotUndo: 'Cette opération est irréversible.',
      exportFirst:
        'Exportez d’abord un fichier si vous risquez d’avoir de nouveau besoin de votre travail.',
      confirmLabel: 'Pour confirmer, saisissez {{word}}',
      confirmHint: 'En lettres majuscules.',
      mismatch: 'Saisissez {{word}} pour confirmer, ou quittez cette page pour tout conserver',
      submit: 'Tout effacer',
      erasing: 'Effacement…',
      failed:
        'L’effacement n’a pas abouti ({{reason}}). Certaines données peuvent subsister ; réessayez, ou effacez les données de ce site dans les paramètres du navigateur.',
      done: 'Tout ce que cette application avait stocké sur cet appareil a été effacé.',
      doneDetail:
        'Éléments stockés supprimés : {{keys}} ; caches hors ligne supprimés : {{caches}}. Rien n’est enregistré tant que vous ne rechargez pas l’application.',
      restart: 'Recharger l’application',
    },
  },
  pwa: {
    updateAvailable:
      'Une nouvelle version de l’application est disponible. Elle démarrera lorsque vous rechargerez la page ; votre travail sera d’abord enregistré.',
    updating: 'Enregistrement de votre travail et passage à la nouvelle version…',
    reload: 'Recharger',
    later: 'Plus tard',
    offlineReady: 'L’application est maintenant prête à fonctionner hors ligne.',
    dismiss: 'Fermer',
  },
  report: {
    link: 'Télécharger le rapport',
    title: 'Télécharger le rapport',
    documentTitle: 'Télécharger le rapport : {{state}}',
    caption: '{{state}} · {{respondent}}',
    backToResults: 'Retour aux résultats',
    intro:
      'Le rapport est un document PDF présenté comme un rapport de visite de pays : un résumé, les constatations relatives aux articles 7, 8 et 9, unité par unité, avec leurs graphiques, des conclusions et des recommandations regroupées par destinataire, et des annexes.',
    madeHere:
      'Le PDF est créé ici, dans votre navigateur : rien n’est envoyé nulle part. Pour une évaluation volumineuse, cela peut prendre quelques secondes.',
    incomplete:
      'Cette évaluation n’est pas terminée : {{share}} des questions applicables ont reçu une réponse. Vous pouvez tout de même créer le rapport ; sa couverture indiquera que l’évaluation est incomplète.',
    contentsLegend: 'Contenu du rapport',
    annex: 'Inclure l’annexe des réponses',
    annexHint:
      'Chaque question avec sa réponse, ses justificatifs et son commentaire, dans une annexe à la fin.',
    omitConfidential: 'Exclure les justificatifs confidentiels',
    confidentialCount_zero:
      'Aucun justificatif de cette évaluation n’est marqué comme confidentiel.',
    confidentialCount_one:
      '{{count}} justificatif est marqué comme confidentiel. S’il est exclu, le rapport indique seulement le nombre de sources non communiquées.',
    confidentialCount_other:
      '{{count}} justificatifs sont marqués comme confidentiels. S’ils sont exclus, le rapport indique seulement le nombre de sources non communiquées.',
    anonymous: 'Ne pas mentionner l’auteur ni l’organisation',
    anonymousHint:
      'Pour les organisations exposées à des risques : la couverture et les propriétés du fichier PDF ne mentionnent alors ni {{organisation}} ni l’auteur. Les réponses et les commentaires sont imprimés tels qu’ils ont été rédigés ; vérifiez donc qu’ils ne vous nomment pas non plus.',
    languageLegend: 'Langue du rapport',
    languageHint:
      'Le rapport est rédigé dans cette langue ; vos propres réponses et commentaires sont imprimés tels que vous les avez rédigés.',
    languageFallback:
      'Les titres et explications propres au rapport ne sont pas encore disponibles en {{language}} : ils seront en anglais, et les textes du questionnaire en {{language}}.',
    compareLabel: 'Ajouter une comparaison avec une autre évaluation',
    compareHint:
      'Le rapport comporte alors un chapitre qui met la présente évaluation en regard de celle que vous choisissez : les questions sur lesquelles elles divergent, puis les notes par article et par unité, en regard.',
    compareUnavailable:
      'Aucune autre évaluation de votre bibliothèque ne porte sur ce questionnaire : il n’y a encore rien à comparer.',
    compareNone: 'Pas de comparaison',
    compareOption: '{{label}} — {{respondent}}, {{organisation}}, du {{from}} au {{to}}',
    submit: 'Télécharger le rapport (PDF)',
    working: 'Création du rapport sur cet appareil…',
    done: 'Le rapport est prêt : votre navigateur l’enregistre sous le nom {{fileName}}.',
    failed:
      'Le rapport n’a pas pu être créé ({{reason}}). Rien n’est perdu : votre évaluation n’a pas changé. Réessayez ; en cas de nouvel échec, rechargez la page et recommencez.',
  },
  questionnaires: {
    title: 'Questionnaires',
    intro:
      'Chaque évaluation répond à un questionnaire : celui qui est intégré, ou une adaptation que votre organisation charge depuis un fichier. Les fichiers chargés restent sur cet appareil.',
    formatNote:
      'Le format du fichier est décrit dans questionnaires/README.md, dans le code source de l’application.',
    listTitle: 'Sur cet appareil',
    builtInTag: 'Intégré',
    customTag: 'Depuis un fichier',
    id: 'Identifiant',
    version: 'Version',
    languages: 'Langues',
    content: 'Contenu',
    contentValue: '{{units}}, {{questions}}',
    units_one: '{{count}} unité',
    units_other: '{{count}} unités',
    questions_one: '{{count}} question',
    questions_other: '{{count}} questions',
    loaded: 'Chargé',
    loadedValue: '{{when}}, {{fileName}}',
    usedBy: 'Évaluations qui l’utilisent',
    builtInFailed: 'Le questionnaire intégré n’a pas pu être chargé : {{message}}',
    noCustom: 'Aucun questionnaire chargé depuis un fichier pour l’instant.',
    storageFailed:
      'Les questionnaires enregistrés n’ont pas pu être lus ({{reason}}). Rechargez la page pour réessayer.',
    remove: 'Retirer',
    removeInUse_one:
      '{{title}} n’a pas été retiré : {{count}} évaluation sur cet appareil l’utilise. Supprimez-la d’abord.',
    removeInUse_other:
      '{{title}} n’a pas été retiré : {{count}} évaluations sur cet appareil l’utilisent. Supprimez-les d’abord.',
    removed: '{{title}} a été retiré.',
    removeFailed: 'Non retiré ({{reason}}). Rien n’a été modifié.',
    unreadableTitle: 'Fichiers enregistrés qui ne passent plus les vérifications',
    unreadableIntro:
      'Ils sont conservés mais ne peuvent pas être utilisés : retirez-les et chargez un fichier corrigé.',
    load: {
      title: 'Charger un fichier de questionnaire',
      fileLabel: 'Fichier de questionnaire (.json)',
      fileHint:
        'Jusqu’à {{megabytes}} Mo, vérifié avec les mêmes règles que la ligne de commande avant tout enregistrement.',
      reading: 'Vérification de {{fileName}}…',
      tooLarge:
        'Ce fichier dépasse {{megabytes}} Mo : ce n’est donc pas un fichier de questionnaire.',
      unreadable: 'Le fichier n’a pas pu être lu. Réessayez.',
      notJson:
        'Ce fichier n’est pas au format JSON : ce n’est donc pas un fichier de questionnaire.',
      unchanged: 'Rien n’a été modifié sur cet appareil.',
      invalidTitle_one: '{{fileName}} n’a pas été chargé : {{count}} problème à corriger',
      invalidTitle_other: '{{fileName}} n’a pas été chargé : {{count}} problèmes à corriger',
      invalidWhatToDo:
        'Corrigez chaque problème ci-dessous dans le fichier et chargez-le à nouveau, ou vérifiez-le d’abord avec :',
      problemsLabel: 'Problèmes et leur emplacement dans le fichier',
      wholeFile: '(fichier entier)',
      builtIn:
        '{{fileName}} n’a pas été chargé : il a l’identifiant et la version du questionnaire intégré ({{id}} {{version}}). Donnez à votre adaptation son propre identifiant ou une nouvelle version.',
      replaceTitle: '{{id}} {{version}} est déjà chargé',
      replaceBody:
        'Remplacer la copie chargée le {{when}} depuis {{fileName}} ? Les évaluations qui l’utilisent afficheront les nouveaux textes.',
      replace: 'Le remplacer',
      keep: 'Garder celui qui est chargé',
      saveFailed:
        'Il n’a pas pu être enregistré sur cet appareil ({{reason}}). Rien n’a été modifié.',
      done: '{{title}} ({{id}} {{version}}) est chargé et conservé sur cet appareil.',
      useIt: 'Préparer une nouvelle évaluation',
    },
    setup: {
      legend: 'Questionnaire',
      hint: 'Ce choix ne peut pas être modifié ensuite.',
      option: '{{id}} {{version}} : {{content}}',
    },
  },
}
