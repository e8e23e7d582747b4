// A real IAB TCF v2.2 CMP API on the host page (@iabtcf/cmpapi), with consent strings encoded
// by @iabtcf/core from a small in-page vendor list (nothing is fetched). The purposes the
// "reader" consented to come from ?purposes=1,2; window.__setPurposes changes them later.
// Frames reach it through the IAB's stub (@iabtcf/stub).
import { CmpApi } from '@iabtcf/cmpapi';
import stub from '@iabtcf/stub';
import { GVL, TCModel, TCString } from '@iabtcf/core';

const purposes = {};
for (let i = 1; i <= 11; i++) purposes[i] = { id: i, name: `Purpose ${i}`, description: '', illustrations: [] };
const gvl = new GVL({
  gvlSpecificationVersion: 3, vendorListVersion: 1, tcfPolicyVersion: 5, lastUpdated: '2026-01-01T00:00:00Z',
  purposes, specialPurposes: {}, features: {}, specialFeatures: {}, vendors: {}, stacks: {}, dataCategories: {},
});
const encode = list => {
  const m = new TCModel(gvl);
  m.cmpId = 300; m.cmpVersion = 1; m.consentScreen = 1; m.isServiceSpecific = true;
  for (const p of list) m.purposeConsents.set(p);
  return TCString.encode(m);
};
// The IAB's stub first, as a CMP's page has it: it adds the `__tcfapiLocator` frame and answers
// frames' postMessage calls with the CMP's `__tcfapi`.
stub();
const cmp = new CmpApi(300, 1, true);
const initial = (new URLSearchParams(location.search).get('purposes') || '').split(',').filter(Boolean).map(Number);
cmp.update(encode(initial), false);
window.__setPurposes = list => cmp.update(encode(list), false);
