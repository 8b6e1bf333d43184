// Public face of the storage module: the rest of the app imports storage only from here.
export * from '@/lib/storage/backend'
export * from '@/lib/storage/library-storage'
export * from '@/lib/storage/persist-adapter'
export { mergeAssessment } from '@/lib/storage/merge'
export * from '@/lib/storage/migrations'
export * from '@/lib/storage/parking'
