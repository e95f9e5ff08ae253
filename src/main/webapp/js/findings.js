// The reviewer workflow over HTTP: sign in, read and change a finding (with ETag / If-Match), history, approve.
// The approve call is not settled yet on the server side: it lives in approveFinding() alone.
import {ApiError, PROBLEM, request} from './api.js';

const TOKEN_KEY = 'lexgap.session';

/** The signed-in session ({token, username, role}) or null; kept for this browser tab only. */
export function session() {
  try {
    return JSON.parse(sessionStorage.getItem(TOKEN_KEY) || 'null');
  } catch {
    return null;
  }
}

export async function signIn(username, password) {
  const {data} = await request('auth/token', {method: 'POST', body: {username, password}});
  if (!data?.token) throw new ApiError(500, 'No token', 'The server answered without a token.');
  const value = {token: data.token, username: data.username || username, role: data.role || null};
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify(value));
  return value;
}

/** Forgets the session here and revokes its token on the server (every node), without waiting for the answer. */
export function signOut() {
  const current = session();
  sessionStorage.removeItem(TOKEN_KEY);
  if (current?.token) {
    request('auth/token', {method: 'DELETE', headers: {Authorization: `Bearer ${current.token}`}}).catch(() => {});
  }
}

function auth(extra = {}) {
  const current = session();
  return current ? {Authorization: `Bearer ${current.token}`, ...extra} : extra;
}

function findingPath(cc, criterionId) {
  return `countries/${encodeURIComponent(cc)}/assessment/criteria/${encodeURIComponent(criterionId)}`;
}

/** {finding, etag}; finding null when nobody has reviewed this criterion yet. */
export async function getFinding(cc, criterionId) {
  try {
    const {data, etag} = await request(findingPath(cc, criterionId), {headers: auth()});
    return {finding: data, etag};
  } catch (error) {
    if (error.type === PROBLEM.notFound) return {finding: null, etag: null};
    throw error;
  }
}

/** Saves level, evidence, rationale and sources; a 412 ApiError means someone else changed it first. */
export async function saveFinding(cc, criterionId, finding, etag) {
  const headers = auth(etag ? {'If-Match': etag} : {});
  const {data, etag: newTag} = await request(findingPath(cc, criterionId), {method: 'PUT', body: finding, headers});
  return {finding: data, etag: newTag};
}

export async function findingHistory(cc, criterionId) {
  const {data} = await request(`${findingPath(cc, criterionId)}/history`, {headers: auth()});
  return Array.isArray(data) ? data : data?.history || data?.entries || [];
}

/** Approves another reviewer's finding. The one place that knows the approve call. */
export async function approveFinding(cc, criterionId, etag) {
  const headers = auth(etag ? {'If-Match': etag} : {});
  const {data, etag: newTag} = await request(`${findingPath(cc, criterionId)}/approval`, {method: 'POST', headers});
  return {finding: data, etag: newTag};
}
