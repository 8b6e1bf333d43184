// Texto de la interfaz en español. Mismas claves que el catálogo inglés (en.ts); términos
// alineados con el informe (src/domain/report/strings.ts) y el método de puntuación
// (src/domain/scoring/strings.ts), para que la aplicación y el PDF coincidan.
import type { Catalog } from '@/lib/i18n/catalogs/en'

export const catalog: Catalog = {
  app: {
    name: 'Evaluación de la solidaridad internacional',
  },
  shell: {
    skipLink: 'Ir al contenido principal',
    localOnly: 'Funciona en este dispositivo: no se envía nada',
    privacy: 'Privacidad: qué se almacena y cómo borrarlo',
    method: 'Cómo se calculan las puntuaciones',
    footerNote:
      'Evalúa la política de cooperación para el desarrollo con respecto a los artículos 7 a 9 del proyecto de declaración sobre el derecho a la solidaridad internacional (A/HRC/35/35, anexo). No es una herramienta oficial de las Naciones Unidas.',
    notFoundTitle: 'Página no encontrada',
    notFoundLink: 'Ir a sus evaluaciones',
    language: 'Idioma',
    languageNote: 'Se guarda en este dispositivo para su próxima visita.',
    languageNoteAssessment:
      'También es el idioma de las preguntas y del informe de esta evaluación.',
    footerNav: 'Acerca de esta aplicación',
  },
  ui: {
    loading: 'Cargando…',
    back: 'Volver',
    backToLibrary: 'Volver a sus evaluaciones',
    cancel: 'Cancelar',
    dismiss: 'Cerrar',
    and: ' y ',
    errorSummaryTitle: 'Hay un problema',
    assessmentMissingTitle: 'Evaluación no encontrada',
  },
  save: {
    idle: 'Guardado en este dispositivo',
    saving: 'Guardando…',
    saved: 'Guardado en este dispositivo ({{time}})',
    error: 'No se guardó: {{reason}}',
    quota: 'el almacenamiento del dispositivo está lleno',
    blocked: 'No se está guardando: vea el mensaje de abajo',
  },
  storage: {
    writeFailedTitle: 'Sus últimos cambios no están guardados en este dispositivo',
    writeFailedQuota:
      'El navegador indica que su almacenamiento para esta aplicación está lleno. Su trabajo sigue abierto aquí: no cierre esta pestaña. Exporte la evaluación a un archivo o libere espacio (por ejemplo, eliminando evaluaciones antiguas), y el guardado se reanudará por sí solo.',
    writeFailed:
      'El navegador se negó a guardar. Su trabajo sigue abierto aquí: no cierre esta pestaña. Exporte la evaluación a un archivo; el guardado se reintenta cada pocos segundos.',
    quarantineTitle_one: 'No se pudo leer una evaluación almacenada',
    quarantineTitle_other: 'No se pudieron leer {{count}} evaluaciones almacenadas',
    quarantineBody:
      'Se ha apartado en este dispositivo sin cambios; no se ha eliminado. Exporte una copia de seguridad en bruto para conservarla o para pedir ayuda para recuperarla.',
    exportRaw: 'Exportar copia de seguridad en bruto',
    exportRawFailed: 'No se pudo leer la copia de seguridad en bruto de este dispositivo.',
    otherTabUpdated:
      '«{{label}}» se modificó en otra pestaña o ventana. Esta página muestra ahora la versión más reciente.',
    otherTabMerged:
      '«{{label}}» se modificó en otra pestaña o ventana al mismo tiempo que aquí. Se conservan ambos conjuntos de cambios.',
    otherTabDeleted: '«{{label}}» se eliminó en otra pestaña o ventana.',
    blockedTitle: 'Esta versión no puede abrir sus evaluaciones',
    blockedNewer:
      'Las evaluaciones de este dispositivo se guardaron con una versión más reciente de esta aplicación. Abra la versión más reciente o exporte una copia de seguridad en bruto.',
    blockedFailed: 'No se pudieron leer ni actualizar las evaluaciones de este dispositivo.',
    blockedNothingWritten:
      'No se ha modificado ni escrito nada en este dispositivo. Exporte una copia de seguridad en bruto para conservar una copia.',
  },
  respondent: {
    state: 'Autoevaluación del Estado',
    shadow: 'Evaluación paralela de una ONG',
  },
  roles: {
    provider: 'Proveedor de cooperación',
    partner: 'Asociado receptor de cooperación',
  },
  indicators: {
    structural: 'Estructural',
    process: 'De proceso',
    outcome: 'De resultado',
  },
  bands: {
    'not-aligned': 'sin alineación',
    minimal: 'mínima',
    partial: 'parcial',
    substantial: 'sustancial',
    strong: 'sólida',
  },
  confidence: {
    low: 'Bajo',
    medium: 'Medio',
    high: 'Alto',
  },
  specialAnswers: {
    'not-applicable': 'No aplicable',
    'dont-know': 'No se sabe',
    'not-public': 'Información no pública',
  },
  answers: {
    yes: 'Sí',
    partly: 'En parte',
    no: 'No',
    level: 'Nivel {{n}}',
    or: 'o',
    checklistHint: 'Seleccione todos los elementos existentes.',
    checklistNone: 'Ninguno de estos',
    numberHint: 'Un número de {{min}} a {{max}} ({{unit}}).',
    numberTarget: 'Obtiene la puntuación máxima con {{target}} {{unit}}: {{source}}.',
  },
  library: {
    intro1:
      'Esta herramienta ayuda a un ministerio o a una ONG a evaluar la política de cooperación para el desarrollo con respecto a las obligaciones de los Estados enunciadas en los artículos 7, 8 y 9 del proyecto de declaración sobre el derecho a la solidaridad internacional.',
    intro2:
      'Responda a las preguntas con pruebas, vea la situación de la política y lo que falta, y exporte un informe; todo permanece en este dispositivo.',
    new: 'Nueva evaluación',
    yourAssessments: 'Sus evaluaciones',
    empty: 'Todavía no tiene evaluaciones en este dispositivo.',
    reading: 'Leyendo sus evaluaciones en este dispositivo…',
    exampleTag: 'Ejemplo',
    state: 'Estado',
    period: 'Período',
    periodValue: 'del {{from}} al {{to}}',
    progress: 'Respondidas',
    progressUnknown: 'se desconoce',
    lastSaved: 'Guardada por última vez',
    open: 'Abrir',
    duplicate: 'Duplicar',
    rename: 'Cambiar nombre',
    delete: 'Eliminar',
    copyName: 'Copia de {{label}}',
    deleted: 'Se eliminó «{{label}}».',
    undo: 'Deshacer',
    renameLabel: 'Nombre de esta evaluación',
    renameHint: 'Déjelo vacío para mostrar el nombre del Estado.',
    renameSave: 'Guardar nombre',
    examplesTitle: 'Abrir un ejemplo',
    examplesIntro:
      'Los ejemplos son evaluaciones terminadas de Estados ficticios. Al abrir uno, se copia en sus evaluaciones con la marca «Ejemplo», para que pueda explorar todas las pantallas y el informe.',
    openExample: 'Abrir el ejemplo: {{state}} ({{respondent}})',
    exampleFailed: 'No se pudo cargar el ejemplo. Compruebe su conexión e inténtelo de nuevo.',
  },
  setup: {
    titleNew: 'Configurar una nueva evaluación',
    titleEdit: 'Modificar la configuración',
    editNote:
      'Sus respuestas se conservan al modificar la configuración. Las preguntas ajenas a las funciones elegidas quedan fuera de las puntuaciones, pero no se eliminan.',
    state: 'Estado evaluado',
    stateHint:
      'Elija entre los Estados Miembros y observadores de las Naciones Unidas, o escriba otro nombre.',
    respondent: '¿Quién realiza esta evaluación?',
    respondentHint: {
      state: 'Un ministerio u organismo que evalúa su propia política.',
      shadow:
        'Una organización no gubernamental o una coalición que evalúa a su Estado a partir de información pública.',
    },
    roles: '¿Qué funciones de cooperación desempeña el Estado?',
    rolesHint:
      'Seleccione todas las que correspondan. Las preguntas de otras funciones quedan excluidas.',
    roleHint: {
      provider: 'Presta cooperación para el desarrollo a otros países.',
      partner: 'Recibe cooperación para el desarrollo.',
    },
    period: 'Período evaluado',
    periodHint: 'Las fechas que abarca la evaluación, por ejemplo el período de una estrategia.',
    periodFrom: 'Desde',
    periodTo: 'Hasta',
    organisation: 'Organización que realiza la evaluación',
    organisationHint: 'Por ejemplo, el ministerio, el organismo o la ONG.',
    author: 'Autor o persona de contacto (opcional)',
    authorHint:
      'Podrá omitirlo en los informes más adelante, por ejemplo por motivos de seguridad.',
    language: 'Idioma de la evaluación',
    languageHint: 'Las preguntas se muestran, y el informe se redacta, en este idioma.',
    confidentiality: 'Nota de confidencialidad (opcional)',
    confidentialityHint:
      'Se imprime en el informe, por ejemplo «Borrador de trabajo interno: no distribuir».',
    name: 'Nombre breve para su lista (opcional)',
    nameHint: 'Por ejemplo, «Examen de 2025, borrador 2».',
    submitNew: 'Crear evaluación',
    submitEdit: 'Guardar configuración',
    errors: {
      state: 'Indique el nombre del Estado evaluado',
      respondent: 'Seleccione quién realiza esta evaluación',
      roles: 'Seleccione al menos una función de cooperación',
      periodFrom: 'Indique la fecha de inicio del período',
      periodTo: 'Indique la fecha de finalización del período',
      periodOrder: 'El final del período debe ser igual o posterior a su inicio',
      organisation: 'Indique la organización que realiza la evaluación',
      language: 'Seleccione el idioma de la evaluación',
    },
  },
  taskList: {
    title: 'Su evaluación',
    exampleNote:
      'Este es un ejemplo sobre un Estado ficticio. Puede modificar lo que desee; no describe ningún país real.',
    progress:
      '{{complete}} de {{total}} unidades terminadas · {{share}} de las preguntas respondidas',
    period: 'Período',
    roles: 'Funciones de cooperación',
    organisation: 'Organización',
    changeSetup: 'Modificar la configuración',
    unitScore: 'Puntuación {{score}} ({{band}})',
    status: {
      'not-started': 'Sin empezar',
      'in-progress': 'En curso',
      complete: 'Terminada',
    },
    review: 'Revisar sus respuestas',
    results: 'Ver los resultados',
  },
  unit: {
    backToTasks: 'Volver a la lista de tareas',
    missingTitle: 'Unidad no encontrada',
    questionNumber: 'Pregunta {{n}} ({{id}})',
    critical: 'Esencial',
    perception: 'Percepción',
    guidance: 'Orientaciones y pruebas que buscar',
    evidencePrompts: 'Pruebas que respaldarían una respuesta',
    references: 'Referencias',
    yourAnswer: 'Su respuesta',
    special: {
      legend: 'Si no puede responder',
      reason: '¿Por qué no es aplicable esta pregunta?',
      hint: {
        'not-applicable': 'Queda fuera de las puntuaciones. Debe indicarse un motivo.',
        'dont-know': 'Cuenta como 0 y se señala.',
        'not-public':
          'El Estado no publica esta información. Cuenta como 0 y se presenta como una constatación sobre transparencia.',
      },
    },
    evidence: {
      title: 'Pruebas',
      none: 'Todavía no se han añadido pruebas. Las respuestas por encima del punto medio sin pruebas se limitan a 50.',
      item: 'Prueba {{n}}',
      kind: 'Tipo de prueba',
      kinds: {
        citation: 'Cita',
        link: 'Enlace',
        document: 'Referencia documental',
      },
      text: {
        citation: 'Cita',
        link: 'Título de la página enlazada',
        document: 'Referencia documental',
      },
      url: 'Dirección web',
      urlOptional: 'Dirección web (opcional)',
      confidential: 'Confidencial',
      confidentialHint: 'Se omite en los informes que comparta.',
      add: 'Añadir prueba',
      addAnother: 'Añadir otra prueba',
      remove: 'Quitar la prueba {{n}}',
    },
    comment: 'Comentario (opcional)',
    commentHint: 'Contexto, buenas prácticas o motivos de preocupación para el informe.',
    confidence: '¿Qué grado de confianza tiene en esta respuesta? (opcional)',
    target: 'Meta (opcional)',
    targetLegend: 'Valor meta',
    targetHint: 'La respuesta que prevé alcanzar; se muestra como perfil previsto.',
    excludedSummary_one:
      '{{count}} pregunta no se formula para las funciones de cooperación elegidas',
    excludedSummary_other:
      '{{count}} preguntas no se formulan para las funciones de cooperación elegidas',
    excludedReason: 'Se formula a: {{roles}}.',
    saveAndContinue: 'Guardar y continuar',
    saveAndReturn: 'Guardar y volver a la lista de tareas',
    pagination: 'Unidades',
    previous: 'Unidad anterior',
    next: 'Unidad siguiente',
    errors: {
      reason: '{{id}}: indique por qué no es aplicable la pregunta',
      valueNotNumber: '{{id}}: escriba la respuesta como un número, por ejemplo 12 o 0,5',
      valueRange: '{{id}}: escriba un número de {{min}} a {{max}}',
      targetNotNumber: '{{id}}: escriba la meta como un número, por ejemplo 12 o 0,5',
      targetRange: '{{id}}: escriba una meta de {{min}} a {{max}}',
      evidenceText: '{{id}}: describa la prueba {{n}}',
      evidenceUrl: '{{id}}: escriba la dirección web de la prueba {{n}}',
      evidenceUrlFormat:
        '{{id}}: escriba la dirección web de la prueba {{n}} empezando por https://',
    },
  },
  review: {
    title: 'Revisar sus respuestas',
    missingTitle_one: 'Queda {{count}} pregunta por responder',
    missingTitle_other: 'Quedan {{count}} preguntas por responder',
    nothingMissing: 'Todas las preguntas aplicables tienen respuesta.',
    notAnswered: 'Sin respuesta',
    reason: 'Motivo: {{reason}}',
    noEvidence: 'Sin pruebas',
    evidence_one: '{{count}} prueba',
    evidence_other: '{{count}} pruebas',
    confidence: 'Grado de confianza: {{level}}',
    target: 'Meta: {{value}}',
    comment: 'Comentario: {{comment}}',
    change: 'Modificar',
    changeWhat: 'la respuesta a {{id}}',
    backToTasks: 'Volver a la lista de tareas',
  },
  results: {
    documentTitle: 'Resultados: {{state}}',
    heading: 'Resultados',
    subject: '{{state}} · {{respondent}} · del {{from}} al {{to}}',
    organisation: 'Evaluación realizada por {{organisation}}',
    example: 'Ejemplo',
    exampleNote:
      'Este es un ejemplo incorporado sobre un Estado ficticio. Sus cifras ilustran la herramienta y no describen ningún país real.',
    incomplete:
      'Algunas preguntas aún no tienen respuesta; las puntuaciones abarcan solo las preguntas respondidas.',
    backToTasks: 'Volver a la lista de tareas',
    notFound:
      'No hay ninguna evaluación con esta dirección en este dispositivo. Es posible que se haya eliminado.',
    sectionsLabel: 'Secciones de los resultados',
    scoreOutOf: '{{score}} sobre 100',
    notAssessed: 'no evaluada',
    addressee: {
      government: 'Gobierno',
      'development-partners': 'Asociados para el desarrollo',
      'other-stakeholders': 'Otras partes interesadas',
    },
    notAssessedReason: {
      'mostly-not-applicable': 'más de la mitad de sus preguntas están marcadas como no aplicables',
      'no-answers': 'todavía no se ha respondido ninguna pregunta',
      'no-questions-in-role':
        'ninguna de sus preguntas corresponde a las funciones de cooperación de la entidad evaluada',
    },
    summary: {
      heading: 'Resumen',
      overall: 'Alineación global',
      articlesHeading: 'Artículos',
      coverage: '{{answered}} de las preguntas aplicables respondidas, {{evidenced}} con pruebas',
      redFlagCount_one: '{{count}} alerta',
      redFlagCount_other: '{{count}} alertas',
      redFlagsHeading: 'Alertas',
      redFlagsIntro: 'Preguntas esenciales con puntuación 0.',
      noRedFlags: 'Ninguna pregunta esencial tiene puntuación 0.',
      transparencyHeading: 'Constataciones sobre transparencia',
      transparencyIntro:
        'La organización no encontró información pública sobre estas preguntas. Cuentan como 0 y son constataciones sobre el Estado, no deficiencias de esta evaluación.',
      noTransparency: 'Ninguna pregunta se respondió con «información no pública».',
      rule: 'Cada respuesta obtiene una puntuación de 0 a 100, y una respuesta superior a {{cap}} cuenta como {{cap}} hasta que se adjunten pruebas. En cada unidad, las preguntas estructurales, de proceso y de resultado tienen el mismo peso; cada artículo es el promedio de sus unidades evaluadas, y la puntuación global, el promedio de los artículos evaluados.',
      methodLink: 'Cómo se calculan las puntuaciones',
      noRanking: 'Se trata del perfil de una evaluación, no de una clasificación de países.',
      openQuestion: 'Ir a la pregunta {{id}}',
    },
    profile: {
      heading: 'Perfil',
      radarTitle: 'Puntuación de cada unidad',
      radarSummary:
        'Se han evaluado {{assessed}} de {{total}} unidades. La más sólida es {{strongest}} ({{strongestScore}}); la más débil es {{weakest}} ({{weakestScore}}).',
      radarSummaryNone: 'Todavía no se ha evaluado ninguna unidad.',
      notAssessedList: 'No evaluadas: {{units}}.',
      barsTitle: 'Subpuntuaciones estructural, de proceso y de resultado por artículo',
      barsSummaryItem: '{{article}}, subpuntuación más baja: {{type}} ({{score}})',
      barsSummaryNone: 'Ningún artículo tiene aún subpuntuaciones.',
      tableCaption: 'Puntuaciones y subpuntuaciones de las unidades',
      barsTableCaption: 'Subpuntuaciones de los artículos',
      showTable: 'Mostrar los datos en una tabla',
      unit: 'Unidad',
      article: 'Artículo',
      articleShort: 'Artículo {{id}}',
      score: 'Puntuación',
      bandColumn: 'Franja',
      coverageColumn: 'Respondidas (con pruebas)',
      chartLoading: 'Cargando el gráfico…',
      chartUnavailable:
        'No se pudo cargar el gráfico. La tabla de abajo contiene los mismos datos.',
    },
    gaps: {
      heading: 'Carencias',
      intro:
        'Preguntas respondidas con una puntuación inferior a 100: primero las esenciales y luego según la magnitud de la diferencia multiplicada por el peso de la pregunta.',
      filtersLegend: 'Filtrar las carencias',
      articleFilter: 'Artículo',
      addresseeFilter: 'Destinatario de la recomendación',
      all: 'Todos',
      showing: 'Se muestran {{shown}} de {{total}} carencias.',
      none: 'No hay carencias: todas las preguntas respondidas obtienen 100.',
      noneFiltered: 'Ninguna carencia coincide con estos filtros.',
      critical: 'Esencial',
      unitLabel: 'Unidad {{id}}',
      answer: 'Respuesta',
      score: 'Puntuación',
      evidence: 'Pruebas',
      evidenced_one: 'con pruebas ({{count}} elemento)',
      evidenced_other: 'con pruebas ({{count}} elementos)',
      unevidenced: 'sin pruebas: obtendría {{raw}}, limitada a {{cap}}',
      noEvidence: 'no se adjuntaron pruebas',
      recommendation: 'Recomendación (destinatario: {{addressee}})',
      noRecommendation: 'Sin recomendación: la puntuación es superior a {{threshold}}.',
    },
    answer: {
      maturity: 'Nivel {{level}}: {{description}}',
      checklist: '{{present}} de {{total}} elementos: {{items}}',
      checklistNone: 'ninguno de los {{total}} elementos',
      unanswered: 'Sin respuesta',
    },
    targets: {
      heading: 'Metas',
      intro:
        'El perfil previsto sustituye cada respuesta actual por la respuesta meta, de modo que muestra adónde conducen las medidas previstas.',
      none: 'Todavía no se ha fijado ninguna meta. Las metas se introducen en la página de cada pregunta.',
      radarTitle: 'Situación actual y prevista, por unidad',
      count_one: 'Se ha fijado una meta para {{count}} pregunta.',
      count_other: 'Se han fijado metas para {{count}} preguntas.',
      summary:
        'Global: {{current}} en la actualidad, {{planned}} prevista. El mayor aumento previsto corresponde a la unidad {{unit}} ({{change}}).',
      summaryNoRise: 'Global: {{current}} en la actualidad, {{planned}} prevista.',
      legendCurrent: 'Actual (línea continua)',
      legendPlanned: 'Prevista (línea discontinua)',
      today: 'Actual',
      planned: 'Prevista',
      change: 'Variación',
      tableCaption: 'Puntuaciones actuales y previstas de las unidades',
      listHeading: 'Preguntas con meta',
      listCaption: 'Respuesta y puntuación actuales y previstas',
      question: 'Pregunta',
      scoreValue: 'puntuación {{score}}',
    },
  },
  method: {
    documentTitle: 'Cómo se calculan las puntuaciones',
    bandsCaption: 'Franjas',
    bandColumn: 'Franja',
    rangeColumn: 'Puntuaciones',
    exampleCaption: 'Preguntas del ejemplo práctico',
    questionColumn: 'Pregunta',
    typeColumn: 'Tipo',
    answerColumn: 'Respuesta',
    evidenceColumn: 'Pruebas',
    weightColumn: 'Peso',
    rawColumn: 'Puntuación antes del requisito de pruebas',
    scoreColumn: 'Puntuación computada',
    noteColumn: 'Observación',
    yes: 'sí',
    no: 'no',
    leftOut: 'excluida',
    calculationHeading: 'El cálculo',
    englishOnly: 'El método se describe en inglés.',
  },
  answerText: {
    maturity: 'Nivel {{level}}: {{description}}',
    checklist: '{{present}} de {{total}} elementos: {{items}}',
    checklistNone: 'ninguno de los {{total}} elementos',
    notApplicableReason: 'No aplicable: {{reason}}',
    unanswered: 'Sin respuesta',
    excludedRole: 'No se formula: fuera de las funciones de cooperación de la entidad evaluada',
    evidenceKind: { citation: 'Cita', link: 'Enlace', document: 'Documento' },
    confidential: 'confidencial',
    noEvidence: 'No se adjuntaron pruebas',
    comment: 'Comentario',
    confidence: 'Grado de confianza: {{level}}',
  },
  compare: {
    title: 'Comparar dos evaluaciones',
    intro:
      'Ponga una al lado de la otra dos evaluaciones basadas en el mismo cuestionario: la autoevaluación de un Estado y la evaluación paralela de una ONG sobre el mismo Estado y período, o dos ciclos de la misma evaluación. Las preguntas se emparejan por su identificador.',
    formLegend: '¿Qué evaluaciones desea comparar?',
    firstLabel: 'Primera evaluación',
    firstHint:
      'Cuando una es una autoevaluación y la otra una evaluación paralela, la autoevaluación se muestra primero.',
    secondLabel: 'Segunda evaluación',
    choose: 'Elija una evaluación',
    option: '{{label}} — {{respondent}}, {{organisation}}, del {{from}} al {{to}}',
    submit: 'Comparar',
    errorFirst: 'Elija la primera evaluación',
    errorSecond: 'Elija la segunda evaluación',
    errorSame: 'Elija dos evaluaciones distintas',
    errorQuestionnaire:
      'Estas evaluaciones responden a cuestionarios distintos, por lo que sus preguntas no pueden emparejarse; elija dos evaluaciones del mismo cuestionario',
    needTwo:
      'Para comparar se necesitan al menos dos evaluaciones en este dispositivo. Abra primero los ejemplos de autoevaluación del Estado y de evaluación paralela, o cree una evaluación.',
    missing: 'Una de las evaluaciones que se iban a comparar ya no está en este dispositivo.',
    chooseOther: 'Elegir otras evaluaciones',
    roundsLink: 'Ver las evaluaciones de un Estado a lo largo del tiempo',
    resultTitle: 'Comparación: {{state}}',
    resultTitleTwoStates: 'Comparación: {{a}} y {{b}}',
    sidesLabel: 'Las dos evaluaciones',
    first: 'Primera',
    second: 'Segunda',
    sideLabel: '{{respondent}} realizada por {{organisation}}',
    sideDetail: '{{state}} · del {{from}} al {{to}}',
    sideName: 'Nombre en su biblioteca: {{name}}',
    differentStates:
      'Estas evaluaciones se refieren a Estados distintos ({{a}} y {{b}}): las diferencias comparan dos países, no dos puntos de vista sobre uno.',
    sameRespondent:
      'Ambas evaluaciones son del mismo tipo («{{respondent}}»): la comparación muestra cómo respondió cada una, no la opinión de un Estado junto a la de una ONG.',
    versions:
      'Las dos evaluaciones utilizan versiones distintas del cuestionario ({{a}} y {{b}}). Las preguntas se emparejan por identificador; las que solo figuran en una versión se enumeran en «Preguntas de una sola versión».',
    loadingQuestionnaire: 'Cargando el cuestionario…',
    summaryHeading: 'Resumen',
    overall: 'Alineación global',
    notScored: 'sin puntuación',
    difference: 'Diferencia (segunda menos primera)',
    divergentCount_one: '{{count}} de {{total}} preguntas diverge.',
    divergentCount_other: '{{count}} de {{total}} preguntas divergen.',
    noDivergent:
      'Ninguna pregunta diverge: en cada par de respuestas la diferencia es inferior a {{threshold}} puntos.',
    rule: 'Una pregunta diverge cuando las dos puntuaciones difieren en {{threshold}} puntos o más, o cuando solo una de las partes dio una respuesta especial (no aplicable, no se sabe, información no pública). Una unidad o un artículo diverge cuando sus dos puntuaciones difieren en {{threshold}} puntos o más.',
    divergentListHeading: 'Preguntas divergentes',
    goToQuestion: 'Ir a la pregunta {{id}}',
    articlesCaption: 'Puntuaciones por artículo',
    article: 'Artículo',
    articleShort: 'Artículo {{id}}',
    unit: 'Unidad',
    divergent: 'Divergente',
    divergentIcon: '⚠',
    reason: {
      'score-difference': 'puntuaciones que difieren en {{threshold}} puntos o más',
      'special-answer': 'respuesta especial en una sola de las partes',
    },
    profileHeading: 'Perfiles',
    radarTitle: 'Puntuación de cada unidad en ambas evaluaciones',
    radarSummary:
      'Se han evaluado {{both}} de {{total}} unidades en ambas partes. La primera evaluación obtiene más puntuación en {{firstHigher}}, la segunda en {{secondHigher}}, y están igualadas en {{level}}.',
    radarSummaryNone: 'Todavía no se ha evaluado ninguna unidad en ambas partes.',
    radarLegendFirst: 'Primera: {{label}} (línea continua)',
    radarLegendSecond: 'Segunda: {{label}} (línea discontinua)',
    differenceTitle: 'Diferencia por unidad (segunda menos primera)',
    differenceSummary_one:
      'La mayor diferencia corresponde a la unidad {{unit}} ({{difference}}). {{count}} unidad difiere en {{threshold}} puntos o más (más allá de las líneas discontinuas).',
    differenceSummary_other:
      'La mayor diferencia corresponde a la unidad {{unit}} ({{difference}}). {{count}} unidades difieren en {{threshold}} puntos o más (más allá de las líneas discontinuas).',
    differenceSummaryNone:
      'Ninguna unidad tiene puntuación en ambas partes, por lo que no hay diferencias que representar.',
    thresholdLabel: '±{{threshold}}: divergencia',
    tableCaption: 'Puntuaciones de las unidades en ambas evaluaciones y su diferencia',
    showTable: 'Mostrar los datos en una tabla',
    chartLoading: 'Cargando el gráfico…',
    chartUnavailable: 'No se pudo cargar el gráfico. La tabla de abajo contiene los mismos datos.',
    questionsHeading: 'Preguntas, unidad por unidad',
    questionsIntro:
      'Primero aparecen las unidades con preguntas divergentes y, dentro de cada unidad, primero las preguntas divergentes.',
    onlyDivergent: 'Mostrar solo las preguntas divergentes',
    unitHeading: '{{id}} {{title}}',
    unitScores: 'Puntuación de la unidad: primera {{a}}, segunda {{b}}, diferencia {{difference}}',
    unitDivergentCount_one: '{{count}} pregunta divergente',
    unitDivergentCount_other: '{{count}} preguntas divergentes',
    noQuestionsShown: 'No hay preguntas divergentes en esta unidad.',
    answer: 'Respuesta',
    score: 'Puntuación',
    scoreCapped: '{{score}} (limitada: no se adjuntaron pruebas)',
    evidence: 'Pruebas',
    questionDifference: 'Diferencia: {{difference}}',
    unmatchedHeading: 'Preguntas de una sola versión',
    onlyInFirst: 'Solo en el cuestionario de la primera evaluación: {{ids}}',
    onlyInSecond: 'Solo en el cuestionario de la segunda evaluación: {{ids}}',
    noUnmatched: 'Todas las preguntas figuran en ambas versiones.',
  },
  rounds: {
    title: 'Ciclos a lo largo del tiempo',
    intro:
      'Vea cómo cambiaron de un período a otro las evaluaciones de un Estado realizadas por el mismo tipo de entidad evaluadora: en conjunto, por artículo y por unidad.',
    seriesLabel: 'Evaluaciones de',
    seriesHint:
      'Las series se forman con las evaluaciones de este dispositivo que comparten Estado, tipo de entidad evaluadora y cuestionario.',
    seriesOption: '{{state}} — {{respondent}} ({{count}} evaluaciones)',
    roundsLegend: 'Ciclos que se incluirán',
    roundsHint: 'Elija al menos dos; se muestran por orden de período.',
    roundOption: '{{label}}: del {{from}} al {{to}}',
    show: 'Mostrar el perfil a lo largo del tiempo',
    errorSeries: 'Elija qué evaluaciones mostrar',
    errorRounds: 'Elija al menos dos ciclos',
    needTwo:
      'Un perfil a lo largo del tiempo requiere al menos dos evaluaciones del mismo Estado realizadas por el mismo tipo de entidad evaluadora. Duplique primero una evaluación para el período siguiente o importe el ciclo anterior.',
    resultTitle: 'A lo largo del tiempo: {{state}}',
    resultCaption: '{{respondent}} · {{count}} ciclos',
    roundsCaption: 'Ciclos, por orden de período',
    round: 'Ciclo',
    roundNumber: 'Ciclo {{n}}',
    period: 'Período',
    periodValue: 'del {{from}} al {{to}}',
    questionnaireVersion: 'Versión del cuestionario',
    name: 'Nombre',
    versionsDiffer:
      'Los ciclos utilizan versiones distintas del cuestionario; las unidades se emparejan por identificador, y una unidad que falta en un ciclo no tiene puntuación en él.',
    overallHeading: 'Global y por artículo',
    overallChartTitle: 'Puntuaciones global y por artículo, por ciclo',
    overallSummary:
      'Global: {{first}} en el primer ciclo, {{last}} en el más reciente ({{change}}).',
    overallSummaryMissing:
      'Falta la puntuación global en el primer ciclo o en el más reciente, por lo que no se indica la variación.',
    overall: 'Global',
    unitsHeading: 'Unidades',
    unitSelect: 'Unidad que se representará',
    unitChartTitle: 'Unidad {{unit}} y puntuación global, por ciclo',
    unitSummary:
      'Unidad {{unit}}: {{first}} en el primer ciclo, {{last}} en el más reciente ({{change}}).',
    unitSummaryMissing:
      'La unidad {{unit}} no tiene puntuación en el primer ciclo o en el más reciente, por lo que no se indica la variación.',
    tableCaption: 'Puntuaciones por ciclo, con la variación respecto del ciclo anterior',
    unitsTableCaption:
      'Puntuaciones de las unidades por ciclo, con la variación respecto del ciclo anterior',
    level: 'Nivel',
    scoreAndChange: '{{score}} ({{change}})',
    showTable: 'Mostrar los datos en una tabla',
    chooseOther: 'Elegir otros ciclos',
    lineStyles:
      'Cada línea tiene su propio trazo discontinuo y su propia forma de marcador, indicados en la leyenda.',
    invalidChoice:
      'Estos ciclos no pueden mostrarse juntos: algunos ya no están en este dispositivo, o no corresponden a un mismo Estado, a un mismo tipo de entidad evaluadora y a un mismo cuestionario. Vuelva a elegir los ciclos.',
    chartLoading: 'Cargando el gráfico…',
    chartUnavailable: 'No se pudo cargar el gráfico. La tabla de abajo contiene los mismos datos.',
    choose: 'Elija qué evaluaciones mostrar',
    compareLink: 'Comparar dos evaluaciones',
    articleShort: 'Artículo {{id}}',
    loadingQuestionnaire: 'Cargando el cuestionario…',
  },
  merge: {
    title: 'Importar archivos de sección',
    intro:
      'Incorpore las respuestas que otros departamentos o colegas redactaron en sus propias copias de esta evaluación. Verá qué cambiaría antes de que cambie nada, elegirá la respuesta que se conserva cuando dos difieran y podrá deshacer la fusión.',
    filesLabel: 'Archivos de sección',
    filesHint:
      'Archivos de evaluación exportados desde esta aplicación (.json, o .isa si están cifrados). Puede elegir varios a la vez.',
    preview: 'Previsualizar la fusión',
    errorNoFiles: 'Elija al menos un archivo de sección',
    errorFile: '{{file}}: {{message}}',
    reading: 'Leyendo los archivos…',
    loadingQuestionnaire: 'Cargando el cuestionario…',
    previewHeading: 'Qué haría la fusión',
    sourcesCaption: 'Archivos que se fusionarán',
    fileNumber: 'Archivo {{n}}',
    fileColumn: 'Archivo',
    fromColumn: 'Evaluación del archivo',
    answersColumn: 'Respuestas',
    counts: 'Nuevas: {{new}}; idénticas: {{identical}}; en conflicto: {{conflict}}.',
    nothing: 'Estos archivos no contienen respuestas, por lo que no hay nada que fusionar.',
    warningsHeading: 'Compruebe antes de fusionar',
    status: { new: 'Nueva', identical: 'Idéntica', conflict: 'Conflicto' },
    statusIcon: { new: '+', identical: '=', conflict: '⚠' },
    newIntro: 'Respuestas a preguntas que esta evaluación aún no ha respondido. Se añadirán.',
    identicalIntro:
      'Respuestas que coinciden con las que ya contiene esta evaluación. No cambia nada.',
    conflictIntro:
      'Respuestas que difieren. Elija, pregunta por pregunta, qué respuesta conservar.',
    conflictsHeading_one: '{{count}} conflicto por resolver',
    conflictsHeading_other: '{{count}} conflictos por resolver',
    newHeading_one: '{{count}} respuesta nueva',
    newHeading_other: '{{count}} respuestas nuevas',
    identicalHeading_one: '{{count}} respuesta idéntica',
    identicalHeading_other: '{{count}} respuestas idénticas',
    fromFiles: 'Procedencia: {{files}}',
    conflictLegend: 'Pregunta {{id}}: ¿qué respuesta desea conservar?',
    keepCurrent: 'Conservar la respuesta actual',
    takeFile: 'Tomar la respuesta de {{files}}',
    unknownQuestion: 'Pregunta {{id}} (no figura en este cuestionario)',
    remaining_one: 'Aún no se ha resuelto {{count}} conflicto.',
    remaining_other: 'Aún no se han resuelto {{count}} conflictos.',
    allResolved: 'Se han resuelto todos los conflictos.',
    apply: 'Aplicar la fusión',
    cancel: 'Elegir otros archivos',
    applied: 'Fusión aplicada',
    appliedBody_one:
      'Se añadió o sustituyó {{count}} respuesta. Se conserva la versión anterior: puede deshacer la fusión.',
    appliedBody_other:
      'Se añadieron o sustituyeron {{count}} respuestas. Se conserva la versión anterior: puede deshacer la fusión.',
    appliedNone:
      'No cambió ninguna respuesta: todas las respuestas de los archivos coincidían con esta evaluación o usted conservó la actual.',
    snapshotNote:
      'También se conserva una copia de la versión anterior en este dispositivo, que puede restaurarse desde la página Archivos.',
    changedCaption: 'Respuestas modificadas por la fusión',
    question: 'Pregunta',
    before: 'Antes',
    after: 'Después',
    undo: 'Deshacer la fusión',
    undone: 'Fusión deshecha: la evaluación ha vuelto a su estado anterior a la fusión.',
    undoChanged:
      'La evaluación se modificó después de la fusión. Al deshacerla se restablece la versión anterior a la fusión, por lo que esos cambios posteriores se perderían. Antes se conserva en este dispositivo una copia de la versión actual.',
    undoConfirm: 'Deshacer de todos modos',
    stale:
      'La evaluación cambió mientras revisaba la fusión; vuelva a previsualizarla para que el resultado coincida con lo que ve.',
    snapshotFailed:
      'No se pudo guardar la versión anterior en este dispositivo, por lo que no se fusionó nada. Libere espacio o exporte su trabajo y vuelva a intentarlo.',
    backToTasks: 'Volver a la lista de tareas',
    taskListLink: 'Importar archivos de sección',
    warnVersion:
      '{{file}} utiliza la versión {{theirs}} del cuestionario; esta evaluación utiliza la {{ours}}. Las respuestas se emparejan por identificador de pregunta.',
    warnState: '{{file}} evalúa a {{theirs}}; esta evaluación evalúa a {{ours}}.',
    warnRespondent: '{{file}} es del tipo «{{theirs}}»; esta evaluación es del tipo «{{ours}}».',
    warnPeriod:
      '{{file}} abarca del {{from}} al {{to}}; esta evaluación abarca del {{baseFrom}} al {{baseTo}}.',
    errorQuestionnaire:
      '{{file}} responde al cuestionario «{{theirs}}», no a «{{ours}}», por lo que no puede fusionarse con esta evaluación',
    undoFailed:
      'No se pudo deshacer la fusión porque antes no se pudo guardar la versión actual en este dispositivo. Libere espacio o exporte su trabajo y vuelva a intentarlo.',
    fileLabel: 'Archivo {{n}} ({{name}})',
    fileLabelPart: 'Archivo {{n}} ({{name}}, evaluación {{position}} de {{count}})',
    answersCount_one: '{{count}} respuesta',
    answersCount_other: '{{count}} respuestas',
    evidenceCount_one: '{{count}} prueba',
    evidenceCount_other: '{{count}} pruebas',
    noCurrent: 'Esta evaluación aún no tiene respuesta a esta pregunta.',
    passphraseHeading: 'Archivos cifrados',
    passphraseIntro: 'Algunos de los archivos elegidos se exportaron con una frase de contraseña. Escriba la frase de contraseña de cada uno para abrirlo. No se fusiona nada antes de que vea la vista previa.',
    plainKept_one: 'También elegido, sin cifrar: {{files}}.',
    plainKept_other: 'También elegidos, sin cifrar: {{files}}.',
    passphraseLabel: 'Frase de contraseña de {{file}}',
    passphraseHint: 'La frase de contraseña elegida al exportar este archivo.',
    passphraseMissing: 'Escriba la frase de contraseña de {{file}}',
    passphraseWrong: 'La frase de contraseña de {{file}} es incorrecta o el archivo fue alterado; escríbala de nuevo',
    unlocked: '{{file}} está abierto.',
    decrypt: 'Abrir y previsualizar la fusión',
    decrypting: 'Abriendo los archivos cifrados… tarda un momento.',
  },
  files: {
    title: 'Archivos',
    intro:
      'Sus evaluaciones solo existen en este navegador, en este dispositivo. Expórtelas a un archivo para conservar una copia bajo su control, trasladarlas a otro dispositivo o compartirlas. Los archivos se crean en su dispositivo y nunca se envían a ninguna parte.',
    lastExport: 'Última exportación: {{when}}.',
    neverExported: 'Todavía no ha exportado ningún archivo desde este dispositivo.',
    unsavedNotice:
      'Sus últimos cambios no se pudieron guardar en este dispositivo, pero siguen todos aquí, en esta ventana. Exporte ahora un archivo para conservarlos.',
    contents: 'En esta página',
    sections: {
      export: 'Exportar un archivo',
      csv: 'Respuestas en hoja de cálculo (CSV)',
      import: 'Importar un archivo',
      snapshots: 'Instantáneas: deshacer eliminaciones y sustituciones',
    },
    privacyLink: 'Qué almacena esta aplicación en este dispositivo y cómo borrarlo',
    libraryLink: 'Importar o exportar archivos',
    export: {
      intro:
        'Elija una evaluación o toda la biblioteca. El archivo contiene todo lo que ha introducido, incluidas las pruebas marcadas como confidenciales.',
      nothing: 'Todavía no hay nada que exportar: su biblioteca está vacía.',
      whatLabel: 'Qué exportar',
      wholeLibrary_one: 'Toda la biblioteca ({{count}} evaluación)',
      wholeLibrary_other: 'Toda la biblioteca ({{count}} evaluaciones)',
      encryptLabel: 'Cifrar el archivo con una frase de contraseña',
      encryptHint:
        'Recomendado si otras personas pudieran ver el archivo, por ejemplo en una unidad compartida o en un portátil que pueda ser registrado.',
      lostWarningTitle: 'Una frase de contraseña perdida no se puede recuperar.',
      lostWarning:
        'Nadie, ni siquiera los creadores de esta aplicación, puede abrir el archivo sin ella. Guarde la frase de contraseña en un lugar seguro y separado del archivo.',
      passphraseLabel: 'Frase de contraseña',
      passphraseHint:
        'Al menos {{count}} caracteres. Varias palabras sin relación entre sí resultan seguras y fáciles de recordar.',
      strength: {
        'too-short': 'Demasiado corta.',
        weak: 'Débil: fácil de adivinar. Añada más palabras.',
        fair: 'Aceptable: una o dos palabras más la harían segura.',
        strong: 'Segura.',
      },
      confirmLabel: 'Vuelva a escribir la frase de contraseña',
      passphraseMissing: 'Escriba una frase de contraseña para cifrar el archivo',
      passphraseShort: 'Escriba una frase de contraseña de al menos {{count}} caracteres',
      confirmMismatch:
        'Las dos frases de contraseña son distintas: escriba la misma en ambos campos',
      submit: 'Exportar archivo',
      submitEncrypted: 'Exportar archivo cifrado',
      working: 'Preparando el archivo…',
      encrypting:
        'Cifrando el archivo. Tarda un momento a propósito, para frenar a quien intente adivinar frases de contraseña.',
      done: 'Su navegador está guardando {{fileName}}. Consérvelo en un lugar seguro.',
      doneEncrypted:
        'Su navegador está guardando {{fileName}}, cifrado. Necesitará la frase de contraseña para abrirlo.',
      failed: 'No se pudo crear el archivo ({{reason}}). No se modificó nada; vuelva a intentarlo.',
    },
    csv: {
      intro:
        'Una fila por pregunta con la respuesta, la puntuación, las pruebas, el comentario y la meta, para ordenar y anotar en una hoja de cálculo. Los archivos CSV no pueden volver a importarse.',
      nothing: 'Todavía no hay nada que exportar: su biblioteca está vacía.',
      whichLabel: 'Evaluación',
      confidentialLabel: 'Incluir las pruebas marcadas como confidenciales',
      confidentialHint:
        'Si no se marca, las pruebas confidenciales solo se cuentan, sin reproducirse.',
      noQuestionnaire:
        'El cuestionario de esta evaluación no está disponible en esta aplicación, por lo que sus respuestas no pueden enumerarse.',
      submit: 'Descargar CSV',
      loading: 'Cargando el cuestionario…',
      done: 'Su navegador está guardando {{fileName}}.',
    },
    import: {
      intro:
        'Abra un archivo de evaluación exportado desde esta aplicación, cifrado o sin cifrar. Verá qué cambiaría antes de que cambie nada.',
      fileLabel: 'Elegir un archivo de evaluación',
      fileHint:
        'Un archivo exportado desde esta aplicación (.json, o .isa si está cifrado), de hasta 20 MB.',
      tooLarge:
        'Este archivo supera los {{megabytes}} MB, por lo que no se abrió; compruebe que ha elegido un archivo de evaluación exportado desde la aplicación.',
      unreadable:
        'No se pudo leer el archivo en su dispositivo; vuelva a elegirlo o cópielo antes en este dispositivo.',
      unchanged: 'Su biblioteca no se ha modificado.',
      reading: 'Leyendo {{fileName}}…',
      encryptedTitle: '{{fileName}} está cifrado',
      passphraseLabel: 'Frase de contraseña',
      passphraseHint: 'La frase de contraseña elegida al exportar el archivo.',
      passphraseMissing: 'Escriba la frase de contraseña de este archivo',
      decrypt: 'Abrir archivo',
      chooseAnother: 'Elegir otro archivo',
      decrypting: 'Descifrando… tarda un momento.',
      previewTitle: 'Qué haría la importación de {{fileName}}',
      previewSummary:
        'Nuevas: {{new}}; sustituyen a su copia: {{replaces}}; omitidas: {{skipped}}. Todavía no ha cambiado nada.',
      migrated:
        'Este archivo se creó con una versión anterior de la aplicación; se ha actualizado. El archivo en sí no se modifica.',
      stale:
        'Su biblioteca cambió mientras consultaba esta vista previa, por lo que no se importó nada. Revise la vista previa actualizada que figura abajo y vuelva a importar.',
      previewCaption: 'Evaluaciones del archivo',
      columnAssessment: 'Evaluación',
      columnAction: 'Qué sucede',
      columnDetail: 'Detalles',
      action: { new: 'Nueva', replaces: 'Sustituye a su copia', skipped: 'Omitida' },
      detailNew: 'Aún no está en su biblioteca: se añadirá.',
      detailReplaces:
        'Su copia se modificó por última vez el {{mine}}; la del archivo, el {{theirs}}. Se conserva una instantánea de su copia.',
      skip: {
        same: 'Su biblioteca ya contiene exactamente esta versión.',
        newer:
          'Su copia se modificó más recientemente ({{mine}}). Marque la casilla de abajo para sustituirla de todos modos.',
        duplicate:
          'El archivo contiene esta evaluación más de una vez; solo se utiliza la primera copia.',
      },
      replaceNewer:
        'Sustituir también las copias de mi biblioteca modificadas más recientemente que las del archivo',
      snapshotNote:
        'Antes de sustituir nada, se conserva en este dispositivo una instantánea de su copia; puede restaurarla abajo.',
      apply_one: 'Importar {{count}} evaluación',
      apply_other: 'Importar {{count}} evaluaciones',
      cancel: 'Cancelar sin cambiar nada',
      close: 'Cerrar',
      applying: 'Importando…',
      doneTitle: 'Importación terminada',
      doneSummary:
        'Desde {{fileName}}: nuevas: {{new}}; sustituidas: {{replaces}}; omitidas: {{skipped}}.',
      doneSnapshots:
        'Se conservó una instantánea de cada evaluación sustituida: restáurela en Instantáneas si la necesita.',
      another: 'Importar otro archivo',
      snapshotFailed:
        'No se pudo guardar una copia de seguridad de las evaluaciones que iban a sustituirse (es posible que el dispositivo esté lleno), por lo que no se importó nada. Libere espacio o exporte antes su biblioteca y vuelva a intentarlo.',
    },
    snapshots: {
      intro:
        'Se conserva una copia en este dispositivo antes de que una evaluación se elimine o se sustituya por una importación o una restauración, y antes de actualizar los datos almacenados. Se conservan las {{count}} más recientes.',
      why: {
        delete: 'Antes de la eliminación',
        'import-replace': 'Antes de que una importación la sustituyera',
        restore: 'Antes de que una restauración la sustituyera',
        migration: 'Antes de actualizar los datos almacenados',
      },
      unknownTime: 'hora desconocida',
      state: {
        absent: 'ya no está en su biblioteca',
        same: 'su biblioteca contiene esta misma versión',
        different: 'su biblioteca contiene una versión distinta',
      },
      restore: 'Restaurar',
      restoreWhich: '{{label}} del {{when}}',
      unreadable_one:
        '{{count}} elemento de esta instantánea no puede leerse como evaluación; aun así, puede descargarlo.',
      unreadable_other:
        '{{count}} elementos de esta instantánea no pueden leerse como evaluaciones; aun así, puede descargarlos.',
      downloadRaw: 'Descargar la copia en bruto',
      restored: '{{label}} se ha restaurado en su biblioteca.',
      open: 'Abrir {{label}}',
      restoreFailed:
        'No se pudo restaurar {{label}}: antes no se pudo guardar una instantánea de la versión actual (es posible que el dispositivo esté lleno). No se modificó nada.',
      loading: 'Cargando las instantáneas…',
      listFailed: 'No se pudieron leer las instantáneas de este dispositivo.',
      none: 'Todavía no hay instantáneas.',
    },
    reminder: {
      title: 'Conserve una copia de su trabajo',
      never: 'Todavía no ha exportado sus evaluaciones.',
      old_one: 'Su última exportación fue hace {{count}} día ({{when}}).',
      old_other: 'Su última exportación fue hace {{count}} días ({{when}}).',
      why: 'Los navegadores pueden borrar los datos almacenados, por ejemplo para liberar espacio o tras varios días sin visitas; un archivo es una copia bajo su control.',
      go: 'Exportar un archivo',
      later: 'Recordármelo más tarde',
    },
  },
  privacy: {
    title: 'Privacidad: qué se guarda en este dispositivo',
    lead: 'Todo lo que introduce permanece en este navegador, en este dispositivo. La aplicación no envía nada a ninguna parte: no hay servidor, ni cuenta, ni analítica, ni telemetría.',
    stored: {
      title: 'Qué se almacena y dónde',
      intro:
        'La aplicación guarda su trabajo en el almacenamiento propio del navegador para este sitio. Nadie más puede leerlo a través de la aplicación, pero cualquier persona que pueda usar este perfil del navegador puede abrir la aplicación y verlo.',
      caption: 'Qué almacena la aplicación en este dispositivo',
      place: 'Dónde',
      key: 'Clave',
      what: 'Qué contiene',
      indexedDb: 'Base de datos IndexedDB «{{database}}», almacén «{{store}}»',
      localStorage: 'Almacenamiento local',
      cache: 'Caché del service worker',
      cacheKeys: 'Cachés denominadas «workbox-precache…»',
      files: 'Archivos que usted exporta',
      filesKeys: 'Donde usted los guarde',
      keys: {
        index:
          'La lista de sus evaluaciones, lo que la pantalla de inicio muestra de cada una (nombre, Estado, período, parte respondida, último guardado) y la versión de la estructura de almacenamiento.',
        record:
          'Una evaluación: configuración, respuestas, pruebas, comentarios y metas, con un número de revisión y la hora en que se guardó.',
        snapshot:
          'Copias conservadas antes de una eliminación, de una importación que sustituyó una evaluación o de una restauración (las {{count}} más recientes).',
        backup:
          'Una copia intacta de los datos almacenados, hecha antes de actualizarlos a una estructura más reciente.',
        quarantine:
          'Elementos almacenados que no pudieron leerse, apartados en lugar de eliminados.',
        unsaved:
          'Cambios realizados justo antes de cerrarse la página, conservados hasta que se reincorporen en su próxima visita.',
        lastExport: 'La fecha de su última exportación, para el recordatorio de exportar.',
        language: 'El idioma de la interfaz que eligió.',
        unsavedFallback: 'Los mismos cambios, aquí solo cuando el almacenamiento local no pudo guardarlos.',
        cache:
          'Los archivos propios de la aplicación (páginas, scripts, estilos, fuentes, iconos, cuestionario) para que funcione sin conexión. Ninguno de sus datos.',
        files:
          'Archivos de evaluación, CSV e informes en PDF. Los archivos cifrados solo pueden abrirse con su frase de contraseña.',
        questionnaire:
          'Un cuestionario que usted cargó desde un archivo, tal como se comprobó, con el nombre del archivo y la hora en que se cargó.',
      },
    },
    sent: {
      title: 'Nada sale de este dispositivo',
      noServer:
        'La aplicación no tiene servidor: las páginas que abrió son toda la aplicación, y se ejecutan aquí.',
      noTelemetry:
        'Sin analítica, sin telemetría, sin informes de errores: nadie sabe cómo ni cuándo la utiliza.',
      noCookies: 'No se instalan cookies.',
      noThirdParty: 'No se cargan fuentes, scripts ni imágenes de otros sitios.',
      policy:
        'Una política de seguridad de contenido (Content-Security-Policy) indica al navegador que rechace toda conexión con otro sitio, de modo que ni siquiera un fallo de la aplicación podría enviar sus datos fuera.',
      files:
        'Los archivos solo salen del dispositivo cuando usted los guarda en algún lugar y los comparte.',
    },
    keeping: {
      title: 'Conservar sus datos',
      intro:
        'Los navegadores pueden borrar los datos almacenados de un sitio cuando falta espacio, y algunos lo hacen tras varios días sin visitas. La aplicación pide al navegador que conserve su almacenamiento.',
      answerLabel: 'Respuesta de su navegador:',
      answer: {
        unknown: 'aún no se ha preguntado.',
        asking: 'preguntando…',
        granted:
          'ha aceptado conservar el almacenamiento de esta aplicación hasta que usted lo borre.',
        denied:
          'no ha aceptado, por lo que puede borrar el almacenamiento de esta aplicación cuando falte espacio.',
        unsupported: 'este navegador no ofrece almacenamiento persistente.',
        failed: 'no se pudo hacer la pregunta.',
      },
      grantedAdvice:
        'Los archivos exportados siguen siendo la copia más segura: exporte con regularidad.',
      notGrantedAdvice:
        'Exporte su trabajo a un archivo con regularidad. Los navegadores suelen aceptar una vez que la aplicación se ha instalado o añadido a marcadores.',
      askAgain: 'Volver a preguntar al navegador',
      estimate:
        'Este sitio utiliza unos {{usage}} MB de los {{quota}} MB que le permite el navegador.',
      noEstimate: 'Este navegador no indica cuánto almacenamiento utiliza el sitio.',
    },
    how: {
      title: 'Cómo borrarlo',
      one: 'Una evaluación: elimínela de sus evaluaciones. Se conserva una instantánea; bórrela también borrándolo todo, o se eliminará a medida que se creen instantáneas más recientes.',
      all: 'Todo: use «Borrar todo en este dispositivo», más abajo.',
      browser:
        'Desde el navegador: al borrar los datos de este sitio en la configuración del navegador se eliminan los mismos elementos.',
      files: 'Los archivos que exportó no se ven afectados: elimínelos donde los haya guardado.',
    },
    erase: {
      title: 'Borrar todo en este dispositivo',
      word: 'BORRAR',
      what_zero:
        'Esto elimina de este navegador todas las instantáneas y copias de seguridad, su configuración y la copia sin conexión de la aplicación. Se indica a las demás pestañas abiertas de la aplicación que se detengan.',
      what_one:
        'Esto elimina de este navegador su evaluación ({{count}}), todas las instantáneas y copias de seguridad, su configuración y la copia sin conexión de la aplicación. Se indica a las demás pestañas abiertas de la aplicación que se detengan.',
      what_other:
        'Esto elimina de este navegador sus {{count}} evaluaciones, todas las instantáneas y copias de seguridad, su configuración y la copia sin conexión de la aplicación. Se indica a las demás pestañas abiertas de la aplicación que se detengan.',
      cannotUndo: 'Esta acción no se puede deshacer.',
      exportFirst: 'Exporte antes un archivo si puede volver a necesitar su trabajo.',
      confirmLabel: 'Para confirmar, escriba {{word}}',
      confirmHint: 'En mayúsculas.',
      mismatch: 'Escriba {{word}} para confirmar, o salga de esta página para conservarlo todo',
      submit: 'Borrar todo',
      erasing: 'Borrando…',
      failed:
        'El borrado no se completó ({{reason}}). Es posible que queden datos; vuelva a intentarlo o borre los datos de este sitio en la configuración del navegador.',
      done: 'Se ha borrado todo lo que esta aplicación almacenaba en este dispositivo.',
      doneDetail:
        'Elementos almacenados eliminados: {{keys}}; cachés sin conexión eliminadas: {{caches}}. No se guarda nada hasta que vuelva a cargar la aplicación.',
      restart: 'Volver a cargar la aplicación',
    },
  },
  pwa: {
    updateAvailable:
      'Hay una nueva versión de la aplicación. Se iniciará cuando vuelva a cargar la página; antes se guardará su trabajo.',
    updating: 'Guardando su trabajo y pasando a la nueva versión…',
    reload: 'Volver a cargar',
    later: 'Más tarde',
    offlineReady: 'La aplicación ya puede funcionar sin conexión.',
    dismiss: 'Cerrar',
  },
  report: {
    link: 'Descargar el informe',
    title: 'Descargar el informe',
    documentTitle: 'Descargar el informe: {{state}}',
    caption: '{{state}} · {{respondent}}',
    backToResults: 'Volver a los resultados',
    intro:
      'El informe es un documento PDF con la estructura de un informe de visita a un país: un resumen, las constataciones sobre los artículos 7, 8 y 9, unidad por unidad, con sus gráficos, conclusiones y recomendaciones agrupadas por destinatario, y anexos.',
    madeHere:
      'El PDF se genera aquí, en su navegador: no se envía nada a ninguna parte. Con una evaluación extensa puede tardar unos segundos.',
    incomplete:
      'Esta evaluación no está terminada: se ha respondido el {{share}} de las preguntas aplicables. Aun así, puede generar el informe; su portada indicará que la evaluación está incompleta.',
    contentsLegend: 'Qué incluir en el informe',
    annex: 'Incluir el anexo de respuestas',
    annexHint: 'Cada pregunta con su respuesta, sus pruebas y su comentario, en un anexo al final.',
    omitConfidential: 'Omitir las pruebas confidenciales',
    confidentialCount_zero: 'Ninguna prueba de esta evaluación está marcada como confidencial.',
    confidentialCount_one:
      '{{count}} prueba está marcada como confidencial. Si se omite, el informe solo indica cuántas fuentes se han omitido.',
    confidentialCount_other:
      '{{count}} pruebas están marcadas como confidenciales. Si se omiten, el informe solo indica cuántas fuentes se han omitido.',
    anonymous: 'Omitir el autor y la organización',
    anonymousHint:
      'Para organizaciones en situación de riesgo: la portada y las propiedades del archivo PDF no mencionarán entonces a {{organisation}} ni al autor. Las respuestas y los comentarios se imprimen tal como se redactaron, así que compruebe que tampoco lo identifican a usted.',
    languageLegend: 'Idioma del informe',
    languageHint:
      'El informe se redacta en este idioma; sus propias respuestas y comentarios se imprimen tal como los escribió.',
    languageFallback:
      'Los títulos y explicaciones propios del informe aún no están disponibles en {{language}}: figurarán en inglés, y los textos del cuestionario, en {{language}}.',
    compareLabel: 'Añadir una comparación con otra evaluación',
    compareHint:
      'El informe incluye entonces un capítulo que compara esta evaluación con la que usted elija: las preguntas en las que divergen y, después, las puntuaciones por artículo y por unidad, una junto a otra.',
    compareUnavailable:
      'Ninguna otra evaluación de su biblioteca responde a este cuestionario, así que todavía no hay nada que comparar.',
    compareNone: 'Sin comparación',
    compareOption: '{{label}} — {{respondent}}, {{organisation}}, del {{from}} al {{to}}',
    submit: 'Descargar el informe (PDF)',
    working: 'Generando el informe en este dispositivo…',
    done: 'El informe está listo: su navegador lo está guardando como {{fileName}}.',
    failed:
      'No se pudo generar el informe ({{reason}}). No se ha perdido nada: su evaluación no ha cambiado. Vuelva a intentarlo; si vuelve a fallar, vuelva a cargar la página e inténtelo de nuevo.',
  },
  questionnaires: {
    title: 'Cuestionarios',
    intro:
      'Cada evaluación responde a un cuestionario: el incluido o una adaptación que su organización carga desde un archivo. Los archivos cargados permanecen en este dispositivo.',
    formatNote:
      'El formato del archivo se describe en questionnaires/README.md, en el código fuente de la aplicación.',
    listTitle: 'En este dispositivo',
    builtInTag: 'Incluido',
    customTag: 'Desde un archivo',
    id: 'Identificador',
    version: 'Versión',
    languages: 'Idiomas',
    content: 'Contenido',
    contentValue: '{{units}}, {{questions}}',
    units_one: '{{count}} unidad',
    units_other: '{{count}} unidades',
    questions_one: '{{count}} pregunta',
    questions_other: '{{count}} preguntas',
    loaded: 'Cargado',
    loadedValue: '{{when}}, {{fileName}}',
    usedBy: 'Evaluaciones que lo usan',
    builtInFailed: 'No se pudo cargar el cuestionario incluido: {{message}}',
    noCustom: 'Todavía no se ha cargado ninguno desde un archivo.',
    storageFailed:
      'No se pudieron leer los cuestionarios guardados ({{reason}}). Vuelva a cargar la página para intentarlo de nuevo.',
    remove: 'Quitar',
    removeInUse_one:
      '{{title}} no se ha quitado: lo usa {{count}} evaluación en este dispositivo. Elimínela primero.',
    removeInUse_other:
      '{{title}} no se ha quitado: lo usan {{count}} evaluaciones en este dispositivo. Elimínelas primero.',
    removed: 'Se ha quitado {{title}}.',
    removeFailed: 'No se ha quitado ({{reason}}). No se ha cambiado nada.',
    unreadableTitle: 'Archivos guardados que ya no superan las comprobaciones',
    unreadableIntro: 'Se conservan, pero no pueden usarse: quítelos y cargue un archivo corregido.',
    load: {
      title: 'Cargar un archivo de cuestionario',
      fileLabel: 'Archivo de cuestionario (.json)',
      fileHint:
        'Hasta {{megabytes}} MB; se comprueba con las mismas reglas que la línea de comandos antes de guardar nada.',
      reading: 'Comprobando {{fileName}}…',
      tooLarge:
        'Este archivo supera los {{megabytes}} MB, así que no es un archivo de cuestionario.',
      unreadable: 'No se pudo leer el archivo. Inténtelo de nuevo.',
      notJson: 'Este archivo no está en formato JSON, así que no es un archivo de cuestionario.',
      unchanged: 'No se ha cambiado nada en este dispositivo.',
      invalidTitle_one: '{{fileName}} no se ha cargado: {{count}} problema que corregir',
      invalidTitle_other: '{{fileName}} no se ha cargado: {{count}} problemas que corregir',
      invalidWhatToDo:
        'Corrija cada problema siguiente en el archivo y vuelva a cargarlo, o compruébelo antes con:',
      problemsLabel: 'Problemas y su lugar en el archivo',
      wholeFile: '(todo el archivo)',
      builtIn:
        '{{fileName}} no se ha cargado: tiene el identificador y la versión del cuestionario incluido ({{id}} {{version}}). Dé a su adaptación un identificador propio o una nueva versión.',
      replaceTitle: '{{id}} {{version}} ya está cargado',
      replaceBody:
        '¿Sustituir la copia cargada el {{when}} desde {{fileName}}? Las evaluaciones que lo usan mostrarán los nuevos textos.',
      replace: 'Sustituirlo',
      keep: 'Conservar el cargado',
      saveFailed: 'No se pudo guardar en este dispositivo ({{reason}}). No se ha cambiado nada.',
      done: '{{title}} ({{id}} {{version}}) está cargado y se conserva en este dispositivo.',
      useIt: 'Preparar una nueva evaluación',
    },
    setup: {
      legend: 'Cuestionario',
      hint: 'No puede cambiarse después.',
      option: '{{id}} {{version}}: {{content}}',
    },
  },
}
