// fetch wrapped, as analytics and service-worker shims do: async, logs, hands back the response.
const realFetch = window.fetch;
window.fetches = [];
window.fetch = async function (input, init) {
  const url = typeof input === 'string' ? input : input.url || String(input);
  window.fetches.push(url);
  const response = await realFetch.call(this, input, init);
  return response;
};
window.hostileInstalled = true;
