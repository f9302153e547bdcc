import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder that holds package.json. Code runs both from sources and from dist/, so paths to
 * locales/ and the like are found from here rather than from __dirname.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No package.json above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/** Root of the compiled or source tree this file runs from: dist/ when built, the project otherwise. */
export const CODE_ROOT = join(__dirname, '..', '..', '..');
