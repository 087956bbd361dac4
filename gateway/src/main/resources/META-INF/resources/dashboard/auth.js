// Login at Keycloak with the authorization code flow and PKCE (RFC 7636, S256) through the public client of
// /dashboard/config.json. The tokens stay in this page's memory: a reload logs in again, which Keycloak's own
// session cookie makes a redirect without the form.
'use strict';

const Auth = (() => {
  const PENDING = 'edu-dashboard-login';
  let endpoints = null;
  let clientId = null;
  let tokens = null;
  let expiresAt = 0;

  function base64url(bytes) {
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomText() {
    return base64url(crypto.getRandomValues(new Uint8Array(32)));
  }

  async function challenge(verifier) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    return base64url(new Uint8Array(digest));
  }

  function claims(jwt) {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(part), c => c.charCodeAt(0)));
    return JSON.parse(json);
  }

  function redirectUri() {
    return location.origin + location.pathname;
  }

  async function tokenRequest(form) {
    const answer = await fetch(endpoints.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, ...form }),
    });
    if (!answer.ok) throw new Error('token endpoint answered ' + answer.status);
    const body = await answer.json();
    tokens = body;
    expiresAt = Date.now() + body.expires_in * 1000;
    return body;
  }

  async function login() {
    const verifier = randomText();
    const pending = { verifier, state: randomText(), nonce: randomText(), redirectUri: redirectUri(), hash: location.hash };
    sessionStorage.setItem(PENDING, JSON.stringify(pending));
    const query = new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      scope: 'openid',
      redirect_uri: pending.redirectUri,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await challenge(verifier),
      code_challenge_method: 'S256',
    });
    location.assign(endpoints.authorization_endpoint + '?' + query);
  }

  async function finishLogin(params) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', redirectUri() + ((pending && pending.hash) || ''));
    if (!pending || params.get('state') !== pending.state) throw new Error('login answer does not match its request');
    if (params.has('error')) throw new Error('login refused: ' + params.get('error'));
    await tokenRequest({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier,
    });
    if (claims(tokens.id_token).nonce !== pending.nonce) {
      tokens = null;
      throw new Error('ID token of another login');
    }
  }

  /** Logs in (leaving the page for Keycloak's form when needed); resolves with the access token's claims. */
  async function start() {
    const config = await (await fetch('config.json')).json();
    if (!config.realm) throw new Error('the gateway has no realm configured (gateway.dashboard.keycloak-url)');
    clientId = config.clientId;
    endpoints = await (await fetch(config.realm + '/.well-known/openid-configuration')).json();
    const params = new URLSearchParams(location.search);
    if (params.has('state')) {
      await finishLogin(params);
    } else {
      await login();
      return new Promise(() => {});
    }
    return claims(tokens.access_token);
  }

  /** A valid access token, refreshed when it has less than 30 seconds left; a refused refresh logs in again. */
  async function accessToken() {
    if (Date.now() > expiresAt - 30000) {
      try {
        await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
      } catch (error) {
        await login();
        return new Promise(() => {});
      }
    }
    return tokens.access_token;
  }

  function logout() {
    const query = new URLSearchParams({
      client_id: clientId,
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: redirectUri(),
    });
    tokens = null;
    location.assign(endpoints.end_session_endpoint + '?' + query);
  }

  return { start, accessToken, logout };
})();
