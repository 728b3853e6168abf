// The student's lesson on a phone (390×844 CSS px), by touch: device_flow.mjs.
import {test, before} from 'node:test';
import {appSession} from './harness.mjs';
import {studentFlow} from './device_flow.mjs';

const viewport = {width: 390, height: 844};
const app = appSession({launch: {viewport, deviceScaleFactor: 1, hasTouch: true, isMobile: true}});
let session;
before(async () => { session = await app.ready; });

test('a student opens the exercise link, types their name, swipes, marks, submits and reads the feedback', async () => {
  await studentFlow(session, {device: 'devices-phone', viewport, narrow: true});
});
