// English interface text needed by the first screen (shell, library, saving, storage notices).
// The rest is in en-screens.ts, loaded with the first screen that needs it, so the start screen
// stays within its size budget. en.ts joins both into the reference catalog.
export const enCore = {
  app: {
    name: 'International Solidarity Assessment',
  },
  // ── Shell, shared words and workspace screens (src/app, src/lib/ui, src/features/{library,setup,task-list,unit,review})
  shell: {
    skipLink: 'Skip to main content',
    localOnly: 'Runs on this device — nothing is sent',
    privacy: 'Privacy: what is stored, and how to erase it',
    method: 'How scores are calculated',
    footerNote:
      'Assesses development-cooperation policy against Articles 7–9 of the draft declaration on the right to international solidarity (A/HRC/35/35, annex). Not an official United Nations tool.',
    notFoundTitle: 'Page not found',
    notFoundLink: 'Go to your assessments',
    language: 'Language',
    languageNote: 'Kept on this device for your next visit.',
    languageNoteAssessment: 'Also the language of this assessment’s questions and report.',
    footerNav: 'About this app',
  },
  ui: {
    loading: 'Loading…',
    back: 'Back',
    backToLibrary: 'Back to your assessments',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    and: ' and ',
    errorSummaryTitle: 'There is a problem',
    assessmentMissingTitle: 'Assessment not found',
  },
  save: {
    idle: 'Saved on this device',
    saving: 'Saving…',
    saved: 'Saved on this device {{time}}',
    error: 'Not saved: {{reason}}',
    quota: 'the device storage is full',
    blocked: 'Not saving: see the message below',
  },
  storage: {
    writeFailedTitle: 'Your latest changes are not saved on this device',
    writeFailedQuota:
      'The browser says its storage for this app is full. Your work is still open here: do not close this tab. Export the assessment to a file, or free space (for example delete old assessments), and saving will start again by itself.',
    writeFailed:
      'The browser refused to save. Your work is still open here: do not close this tab. Export the assessment to a file; saving is retried every few seconds.',
    quarantineTitle_one: 'One stored assessment could not be read',
    quarantineTitle_other: '{{count}} stored assessments could not be read',
    quarantineBody:
      'It was set aside on this device unchanged, not deleted. Export a raw backup to keep a copy or to ask for help recovering it.',
    exportRaw: 'Export raw backup',
    exportRawFailed: 'The raw backup could not be read from this device.',
    otherTabUpdated: '“{{label}}” was changed in another tab or window. This page now shows the newest version.',
    otherTabMerged:
      '“{{label}}” was changed in another tab or window at the same time as here. Both sets of changes are kept.',
    otherTabDeleted: '“{{label}}” was deleted in another tab or window.',
    blockedTitle: 'Your assessments cannot be opened by this version',
    blockedNewer:
      'The assessments on this device were saved by a newer version of this app. Open the newest version, or export a raw backup.',
    blockedFailed: 'The assessments on this device could not be read or updated.',
    blockedNothingWritten: 'Nothing has been changed or written on this device. Export a raw backup to keep a copy.',
  },
  respondent: {
    state: 'State self-assessment',
    shadow: 'NGO shadow assessment',
  },
  roles: {
    provider: 'Provider of cooperation',
    partner: 'Partner receiving cooperation',
  },
  indicators: {
    structural: 'Structural',
    process: 'Process',
    outcome: 'Outcome',
  },
  bands: {
    'not-aligned': 'not aligned',
    minimal: 'minimal',
    partial: 'partial',
    substantial: 'substantial',
    strong: 'strong',
  },
  confidence: {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
  },
  specialAnswers: {
    'not-applicable': 'Not applicable',
    'dont-know': 'Don’t know',
    'not-public': 'Information not public',
  },
  answers: {
    yes: 'Yes',
    partly: 'Partly',
    no: 'No',
    level: 'Level {{n}}',
    or: 'or',
    checklistHint: 'Select all that are in place.',
    checklistNone: 'None of these',
    numberHint: 'A number from {{min}} to {{max}} ({{unit}}).',
    numberTarget: 'Scores full marks at {{target}} {{unit}}: {{source}}.',
  },
  library: {
    intro1:
      'This tool helps a ministry or an NGO assess development-cooperation policy against the State duties in Articles 7, 8 and 9 of the draft declaration on the right to international solidarity.',
    intro2:
      'Answer the questions with evidence, see where policy stands and what is missing, and export a report — everything stays on this device.',
    new: 'New assessment',
    yourAssessments: 'Your assessments',
    empty: 'You have no assessments on this device yet.',
    reading: 'Reading your assessments on this device…',
    exampleTag: 'Example',
    state: 'State',
    period: 'Period',
    periodValue: '{{from}} to {{to}}',
    progress: 'Answered',
    progressUnknown: 'not known',
    lastSaved: 'Last saved',
    open: 'Open',
    duplicate: 'Duplicate',
    rename: 'Rename',
    delete: 'Delete',
    copyName: 'Copy of {{label}}',
    deleted: '“{{label}}” was deleted.',
    undo: 'Undo',
    renameLabel: 'Name of this assessment',
    renameHint: 'Leave empty to show the State’s name.',
    renameSave: 'Save name',
    examplesTitle: 'Open an example',
    examplesIntro:
      'Examples are finished assessments of fictional States. Opening one copies it into your assessments, marked “Example”, so you can explore every screen and the report.',
    openExample: 'Open the example: {{state}} ({{respondent}})',
    exampleFailed: 'The example could not be loaded. Check your connection, then try again.',
  },
  compare: {
    title: 'Compare two assessments',
  },
  rounds: {
    title: 'Rounds over time',
  },
  files: {
    title: 'Files',
    libraryLink: 'Import or export files',
    reminder: {
      title: 'Keep a copy of your work',
      never: 'You have not exported your assessments yet.',
      old_one: 'Your last export was {{count}} day ago ({{when}}).',
      old_other: 'Your last export was {{count}} days ago ({{when}}).',
      why: 'Browsers can delete stored data, for example to free space or after some days without a visit; a file is a copy you control.',
      go: 'Export a file',
      later: 'Remind me later',
    },
  },
  pwa: {
    updateAvailable: 'A new version of the app is available. It starts when you reload; your work is saved first.',
    updating: 'Saving your work and switching to the new version…',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'The app is now ready to work offline.',
    dismiss: 'Dismiss',
  },
  questionnaires: {
    title: 'Questionnaires',
  },
}
