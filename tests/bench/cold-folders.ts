/**
 * Output folders for the bench's cold runs: a new, never-used folder for each run, all deleted
 * together once the bench is done, never the last run's folder deleted just before the next run.
 *
 * Why: on ext4 without a journal (this machine's disk: `/proc/fs/jbd2` is empty), the kernel
 * avoids reusing an inode freed less than 60 s ago (360 s while its inode-table block is not yet
 * written back), and every new file's allocation steps past each such free inode of its block
 * group with a buffer-cache lookup (`find_inode_bit`, `recently_deleted`). Deleting the last run's
 * 3,287 output files just before a run that creates 3,287 made each `openat` step past the freed
 * ones: 1.2-2.2 s of kernel time that the bench counted as the data step's (a plain loop creating
 * 3,287 files of 10 KB took 1.7-2.1 s of kernel time that way, 0.14 s in a group with no recent
 * deletions). A user's first run into a new folder does not pay it; `rm -rf` of the output folder
 * followed at once by a run does.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(resolve(import.meta.dirname, '../..'), '.atlas/bench/cold');
let made = 0;

/** A new, empty folder path for one cold run (its parent exists; the folder itself does not). */
export function coldFolder(label: string): string {
  mkdirSync(root, { recursive: true });
  made += 1;
  return join(root, `${label}-${process.pid}-${made}`);
}

/** Deletes every cold-run folder (this bench's and any an interrupted one left): call once, at the end. */
export function discardColdFolders(): void {
  rmSync(root, { recursive: true, force: true });
}
