// The student's lesson on a Chromebook at 200% zoom (683×384 CSS px, pixel ratio 2), by touch: device_flow.mjs.
import {test, before} from 'node:test';
import {appSession} from './harness.mjs';
import {studentFlow, teacherFlow} from './device_flow.mjs';

const viewport = {width: 683, height: 384};
const app = appSession({launch: {viewport, deviceScaleFactor: 2, hasTouch: true, isMobile: true}});
let session;
before(async () => { session = await app.ready; });

test('a student opens the exercise link, types their name, swipes, marks, submits and reads the feedback', async () => {
  await studentFlow(session, {device: 'devices-chromebook', viewport, narrow: true});
});

test('the teacher adds the class\'s 25 files to Class results and exports the table with a tap', async () => {
  await teacherFlow(session, {device: 'devices-chromebook', viewport});
});
