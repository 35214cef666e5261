// The collector's event fixtures live with its tests (collector/test); the schema test here
// uses the same ones.
export {
  makeEvent,
  makeEvents,
  newerSdkEvent,
  olderSdkEvent,
} from '../../collector/test/fixtures.ts';
