// The storage-safety services screens use beside the workspace store: snapshots, the export
// log, erasing the device and flushing pending saves. The app shell creates one from the same
// backend as the library storage and provides it through DeviceStorageContext; component tests
// provide one over an in-memory backend.
import { createContext, useContext, useEffect, useState } from 'react'
import type { KeyValueBackend } from '@/lib/storage/backend'
import type { LibraryStorage } from '@/lib/storage/library-storage'
import { createSnapshotStore, type SnapshotStore, type SnapshotStoreOptions } from '@/lib/storage/snapshots'
import { createExportLog, type ExportLog } from '@/lib/storage/export-reminder'
import { eraseDeviceData, onDeviceErasedElsewhere, type EraseReport } from '@/lib/storage/erase'

export interface DeviceStorage {
  snapshots: SnapshotStore
  exportLog: ExportLog
  /** Writes pending changes now (before an export, an update reload or an erase). */
  flush(): Promise<void>
  /** Stops all writing, then removes everything the app stored on this device. */
  erase(): Promise<EraseReport>
  dispose(): void
}

export interface DeviceStorageOptions {
  backend: KeyValueBackend
  library: Pick<LibraryStorage, 'flush' | 'block'>
  snapshots?: SnapshotStoreOptions
  /** What to do when another tab erased the device; the shell reloads the page. */
  onErasedElsewhere?: () => void
}

export function createDeviceStorage({ backend, library, snapshots, onErasedElsewhere }: DeviceStorageOptions): DeviceStorage {
  const stopListening = onDeviceErasedElsewhere(() => {
    // This tab's memory still holds what was erased: never write it back.
    library.block('erased')
    onErasedElsewhere?.()
  })
  return {
    snapshots: createSnapshotStore(backend, snapshots),
    exportLog: createExportLog(backend),
    flush: () => library.flush(),
    async erase() {
      library.block('erased')
      return eraseDeviceData(backend)
    },
    dispose: stopListening,
  }
}

export const DeviceStorageContext = createContext<DeviceStorage | null>(null)

export function useDeviceStorage(): DeviceStorage {
  const device = useContext(DeviceStorageContext)
  if (!device) throw new Error('useDeviceStorage needs a DeviceStorageContext provider (see src/app/app.tsx)')
  return device
}

/** The last export time (ISO) once read: undefined while reading, null for never. */
export function useLastExport(): string | null | undefined {
  const { exportLog } = useDeviceStorage()
  const [value, setValue] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    const read = () => {
      exportLog.lastExport().then(
        (v) => live && setValue(v),
        // Unreadable storage: treat as never exported, so the reminder errs on the safe side.
        () => live && setValue(null),
      )
    }
    read()
    const unsubscribe = exportLog.subscribe(read)
    return () => {
      live = false
      unsubscribe()
    }
  }, [exportLog])
  return value
}
