//! OAuth2 client-credentials tokens: cached, refreshed before expiry, fetched once at a time.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::Deserialize;
use tokio::sync::Mutex;

use crate::client::Attempt;
use crate::config::Credentials;
use crate::error::{excerpt, Error, Result};
use crate::secret::Secret;

/// A token is refreshed when less than this part of its lifetime remains (at most one minute).
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

struct Cached {
    token: Secret,
    refresh_at: Instant,
}

/// The token cache of one [`crate::Client`].
///
/// The mutex is held across the fetch, so when many tasks need a token at the same moment only
/// the first fetches it and the others wait for its result.
pub(crate) struct TokenCache {
    slot: Mutex<Option<Cached>>,
    fetches: AtomicU64,
}

impl std::fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenCache")
            .field("fetches", &self.fetches.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl TokenCache {
    pub(crate) fn new() -> Self {
        TokenCache {
            slot: Mutex::new(None),
            fetches: AtomicU64::new(0),
        }
    }

    pub(crate) fn fetches(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    /// The token to send, fetching one when none is cached or the cached one is about to expire.
    pub(crate) async fn get(&self, client: &crate::Client) -> Result<Option<Secret>> {
        let cfg = client.configuration();
        let (client_id, client_secret) = match &cfg.credentials {
            Credentials::None => return Ok(None),
            Credentials::AccessToken(t) => return Ok(Some(t.clone())),
            Credentials::ClientCredentials {
                client_id,
                client_secret,
            } => (client_id, client_secret),
        };
        let mut slot = self.slot.lock().await;
        if let Some(c) = slot.as_ref() {
            if Instant::now() < c.refresh_at {
                return Ok(Some(c.token.clone()));
            }
        }
        let fetched = self.fetch(client, client_id, client_secret).await?;
        let token = fetched.token.clone();
        *slot = Some(fetched);
        Ok(Some(token))
    }

    /// Forgets `token` (the server refused it), unless another task already replaced it.
    pub(crate) async fn invalidate(&self, token: &Secret) {
        let mut slot = self.slot.lock().await;
        if slot.as_ref().is_some_and(|c| &c.token == token) {
            *slot = None;
        }
    }

    async fn fetch(
        &self,
        client: &crate::Client,
        client_id: &str,
        client_secret: &Secret,
    ) -> Result<Cached> {
        self.fetches.fetch_add(1, Ordering::Relaxed);
        let cfg = client.configuration();
        let url = cfg.effective_token_url();
        crate::trace!(url = %url, "fetching an OAuth2 access token");
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", client_secret.expose()),
        ];
        let started = Instant::now();
        let resp = client
            .send_with_retries(
                &Attempt {
                    policy: &cfg.retry,
                    // Asking for a token again changes nothing on the server.
                    repeatable: true,
                    timeout: cfg.timeout,
                    api_request: false,
                },
                || Ok(client.http().post(&url).form(&form)),
            )
            .await
            .map_err(|e| match e {
                Error::Transport(t) => Error::Auth {
                    status: None,
                    message: format!("cannot reach the token endpoint: {}", t.without_url()),
                },
                Error::Timeout(d) => Error::Auth {
                    status: None,
                    message: format!("the token endpoint did not answer within {d:?}"),
                },
                other => other,
            })?;
        let status = resp.status();
        let body = tokio::time::timeout(cfg.timeout, resp.bytes())
            .await
            .map_err(|_| Error::Auth {
                status: Some(status.as_u16()),
                message: format!("the token response did not arrive within {:?}", cfg.timeout),
            })?
            .map_err(|e| Error::Auth {
                status: Some(status.as_u16()),
                message: format!("cannot read the token response: {}", e.without_url()),
            })?;
        if !status.is_success() {
            return Err(Error::Auth {
                status: Some(status.as_u16()),
                message: format!(
                    "the token endpoint refused the credentials: {}",
                    excerpt(&body)
                ),
            });
        }
        let parsed: TokenResponse = serde_json::from_slice(&body).map_err(|e| Error::Auth {
            status: Some(status.as_u16()),
            message: format!("the token response is not valid: {e}"),
        })?;
        let lifetime = Duration::from_secs(parsed.expires_in.unwrap_or(3600));
        let margin = REFRESH_MARGIN.min(lifetime / 10);
        Ok(Cached {
            token: Secret::new(parsed.access_token),
            refresh_at: started + lifetime.saturating_sub(margin),
        })
    }
}
