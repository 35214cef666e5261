/**
 * The launcher's chunk: the tab's DOM, its styles and its label in five languages, loaded only
 * by a config that has a launcher (src/launcher/tab.ts decides when to draw it).
 */
export { launcherLabel } from './label';
export { mountLauncher } from './launcher';
