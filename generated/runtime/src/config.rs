//! Where the SDK talks to and how it authenticates.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::hooks::{Hook, Hooks};
use crate::limit::{RateLimit, ENV_RATE_LIMIT};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// Environment variable with the tenant's API base URL (`https://acme.api.identitynow.com`).
pub const ENV_BASE_URL: &str = "SAIL_BASE_URL";
/// Environment variable with the OAuth2 client id (personal access token id).
pub const ENV_CLIENT_ID: &str = "SAIL_CLIENT_ID";
/// Environment variable with the OAuth2 client secret (personal access token secret).
pub const ENV_CLIENT_SECRET: &str = "SAIL_CLIENT_SECRET";
/// Environment variable with an OAuth2 token URL, when it is not `{base}/oauth/token`.
pub const ENV_TOKEN_URL: &str = "SAIL_TOKEN_URL";
/// Environment variable with a ready access token (used when no client id is set).
pub const ENV_ACCESS_TOKEN: &str = "SAIL_ACCESS_TOKEN";
/// The file read when the environment has no base URL, like the official SDKs do.
pub const CONFIG_FILE: &str = "config.json";

/// How requests are authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Credentials {
    /// OAuth2 client credentials (a personal access token's id and secret, or an API client):
    /// tokens are fetched from the token URL, cached and refreshed before they expire.
    ClientCredentials {
        /// Client id.
        client_id: String,
        /// Client secret.
        client_secret: Secret,
    },
    /// A ready access token, sent as it is.
    AccessToken(Secret),
    /// No `Authorization` header.
    None,
}

/// Connection settings shared by every client crate of the SDK.
///
/// The base URL is the tenant's API host, e.g. `https://acme.api.identitynow.com`; each client
/// crate appends its version path (`/v2025`, `/beta`, ...). One [`crate::Client`] built from a
/// configuration can serve clients of several API versions, which then share one token.
#[derive(Debug, Clone)]
pub struct Configuration {
    /// Tenant API base URL, without a version path.
    pub base_url: String,
    /// How requests authenticate.
    pub credentials: Credentials,
    /// OAuth2 token URL; `{base_url}/oauth/token` when `None`.
    pub token_url: Option<String>,
    /// Timeout of one HTTP attempt (connecting, sending and receiving the answer's headers),
    /// and of reading a whole body (`json`, `bytes`, `text`).
    pub timeout: Duration,
    /// Longest wait for the next chunk of a streamed body ([`crate::Response::bytes_stream`]),
    /// which has no whole-body deadline: a download runs as long as bytes keep coming.
    pub idle_timeout: Duration,
    /// Timeout for establishing a connection.
    pub connect_timeout: Duration,
    /// Retries of throttled and failed requests.
    pub retry: RetryPolicy,
    /// Extra product token prepended to the `User-Agent` header.
    pub user_agent: Option<String>,
    /// Requests per window, shared by every client of the process with the same client id and
    /// token URL (see [`crate::limit`]); `None` turns the limiter off. Default: ISC's
    /// documented 100 requests per 10 s; `SAIL_RATE_LIMIT` (`off`, `50/10s`...) overrides it in
    /// [`Configuration::from_env`].
    pub rate_limit: Option<RateLimit>,
    /// Hooks called around every attempt.
    pub hooks: Hooks,
    /// Consent to call experimental operations (default `false`). An experimental operation
    /// sent without it fails with [`Error::ExperimentalNotEnabled`] before anything is sent;
    /// with it, the client adds the header the API requires. Set it with
    /// [`Configuration::with_experimental`].
    pub experimental: bool,
    /// Decode answers strictly (default `false`): a member whose value does not fit its type
    /// fails the call. By default such a member is kept raw in its struct's
    /// `additional_properties` and listed in [`crate::ApiResponse::deviations`] (see the models
    /// crate's `decode` module). Set it with [`Configuration::with_strict_decoding`].
    pub strict_decoding: bool,
}

/// Where a configuration was read, to name it in errors.
#[derive(Clone, Copy)]
enum Source<'a> {
    Env,
    File(&'a Path),
    Json,
}

impl Source<'_> {
    /// The name of a setting in this source.
    fn name(&self, env: &'static str, key: &'static str) -> String {
        match self {
            Source::Env => env.to_string(),
            Source::File(p) => format!("{key} in {}", p.display()),
            Source::Json => format!("{key} in the configuration JSON"),
        }
    }
}

#[derive(Deserialize)]
struct ConfigFile {
    #[serde(rename = "BaseURL")]
    base_url: Option<String>,
    #[serde(rename = "ClientId")]
    client_id: Option<String>,
    #[serde(rename = "ClientSecret")]
    client_secret: Option<String>,
    #[serde(rename = "TokenURL")]
    token_url: Option<String>,
    #[serde(rename = "AccessToken")]
    access_token: Option<String>,
    #[serde(rename = "RateLimit")]
    rate_limit: Option<String>,
}

/// The raw settings of one source.
struct Settings {
    base_url: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    token_url: Option<String>,
    access_token: Option<String>,
    rate_limit: Option<String>,
}

impl Configuration {
    /// A configuration for `base_url` without credentials and with default timeouts and retries.
    pub fn new(base_url: impl Into<String>) -> Self {
        Configuration {
            base_url: base_url.into(),
            credentials: Credentials::None,
            token_url: None,
            timeout: Duration::from_secs(60),
            idle_timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent: None,
            rate_limit: Some(RateLimit::default()),
            hooks: Hooks::default(),
            experimental: false,
            strict_decoding: false,
        }
    }

    /// Decodes answers strictly (`true`): a member whose value does not fit its type fails the
    /// call, as serde does. Off by default: such a member is kept raw and listed (see
    /// [`Configuration::strict_decoding`]).
    pub fn with_strict_decoding(mut self, strict: bool) -> Self {
        self.strict_decoding = strict;
        self
    }

    /// Consents (`true`) to calling experimental operations, which the API may change or
    /// remove without notice; off by default. Without it an experimental operation fails with
    /// [`Error::ExperimentalNotEnabled`] and sends nothing. The official SDKs' `experimental`
    /// configuration flag.
    pub fn with_experimental(mut self, enabled: bool) -> Self {
        self.experimental = enabled;
        self
    }

    /// Longest wait for the next chunk of a streamed body.
    pub fn with_idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = timeout;
        self
    }

    /// The shared rate limit (`None`: off).
    pub fn with_rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.rate_limit = limit;
        self
    }

    /// Adds a hook called around every attempt.
    pub fn with_hook(mut self, hook: std::sync::Arc<dyn Hook>) -> Self {
        self.hooks.push(hook);
        self
    }

    /// Authenticate with OAuth2 client credentials.
    pub fn with_client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        self.credentials = Credentials::ClientCredentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        };
        self
    }

    /// Authenticate with a ready access token.
    pub fn with_access_token(mut self, token: impl Into<Secret>) -> Self {
        self.credentials = Credentials::AccessToken(token.into());
        self
    }

    /// Use this OAuth2 token URL instead of `{base_url}/oauth/token`.
    pub fn with_token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// Timeout of one HTTP attempt.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Product token prepended to the `User-Agent` header (e.g. `my-app/1.2`).
    pub fn with_user_agent(mut self, product: impl Into<String>) -> Self {
        self.user_agent = Some(product.into());
        self
    }

    /// Reads the configuration like the official SDKs do: from the environment
    /// (`SAIL_BASE_URL`, `SAIL_CLIENT_ID`, `SAIL_CLIENT_SECRET`, optionally `SAIL_TOKEN_URL`, or
    /// `SAIL_ACCESS_TOKEN` instead of a client id) and, when `SAIL_BASE_URL` is not set, from
    /// `./config.json` (`BaseURL`, `ClientId`, `ClientSecret`, optionally `TokenURL`).
    /// `SAIL_RATE_LIMIT` (or `RateLimit` in the file) sets the rate limit.
    ///
    /// A base URL without credentials is an error naming the missing settings (a client id
    /// without a secret too), rather than requests that fail with `401`.
    pub fn from_env() -> Result<Self> {
        Self::from_lookup(|k| std::env::var(k).ok(), Path::new(CONFIG_FILE))
    }

    /// Reads a `config.json` file (`BaseURL`, `ClientId`, `ClientSecret`, optionally `TokenURL`,
    /// `AccessToken` or `RateLimit`); errors name the file.
    pub fn from_config_file(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Config(format!("cannot read {}: {e}", path.display())))?;
        Self::parse_json(&text, Source::File(path))
    }

    /// Parses the contents of a `config.json` file.
    pub fn from_json(text: &str) -> Result<Self> {
        Self::parse_json(text, Source::Json)
    }

    fn parse_json(text: &str, source: Source<'_>) -> Result<Self> {
        let f: ConfigFile = serde_json::from_str(text).map_err(|e| {
            Error::Config(match source {
                Source::File(p) => format!("{} is not a valid configuration: {e}", p.display()),
                _ => format!("invalid configuration JSON: {e}"),
            })
        })?;
        Self::assemble(
            Settings {
                base_url: f.base_url,
                client_id: f.client_id,
                client_secret: f.client_secret,
                token_url: f.token_url,
                access_token: f.access_token,
                rate_limit: f.rate_limit,
            },
            source,
        )
    }

    /// [`Configuration::from_env`] with an explicit variable lookup and config file path.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>, file: &Path) -> Result<Self> {
        let get = |k: &str| lookup(k).filter(|v| !v.trim().is_empty());
        let mut cfg = if let Some(base) = get(ENV_BASE_URL) {
            Self::assemble(
                Settings {
                    base_url: Some(base),
                    client_id: get(ENV_CLIENT_ID),
                    client_secret: get(ENV_CLIENT_SECRET),
                    token_url: get(ENV_TOKEN_URL),
                    access_token: get(ENV_ACCESS_TOKEN),
                    rate_limit: None,
                },
                Source::Env,
            )?
        } else if file.exists() {
            Self::from_config_file(file)?
        } else {
            return Err(Error::Config(format!(
                "{ENV_BASE_URL} is not set and {} does not exist",
                file.display()
            )));
        };
        if let Some(text) = get(ENV_RATE_LIMIT) {
            cfg.rate_limit = RateLimit::parse(&text, ENV_RATE_LIMIT)?;
        }
        Ok(cfg)
    }

    fn assemble(s: Settings, source: Source<'_>) -> Result<Self> {
        let base_name = source.name(ENV_BASE_URL, "BaseURL");
        let id_name = source.name(ENV_CLIENT_ID, "ClientId");
        let secret_name = source.name(ENV_CLIENT_SECRET, "ClientSecret");
        let base_url = s
            .base_url
            .filter(|b| !b.trim().is_empty())
            .ok_or_else(|| Error::Config(format!("{base_name} is missing")))?;
        let mut cfg = Configuration::new(base_url.trim());
        cfg.token_url = s.token_url.filter(|t| !t.trim().is_empty());
        match (s.client_id, s.client_secret, s.access_token) {
            (Some(id), Some(secret), _) => cfg = cfg.with_client_credentials(id, secret),
            (Some(_), None, _) => {
                return Err(Error::Config(format!(
                    "{id_name} is set but {secret_name} is missing"
                )))
            }
            (None, Some(_), _) => {
                return Err(Error::Config(format!(
                    "{secret_name} is set but {id_name} is missing"
                )))
            }
            (None, None, Some(token)) => cfg = cfg.with_access_token(token),
            (None, None, None) => {
                return Err(Error::Config(format!(
                    "{base_name} is set but there are no credentials: set {id_name} and \
                     {secret_name} (or {})",
                    source.name(ENV_ACCESS_TOKEN, "AccessToken")
                )))
            }
        }
        if let Some(text) = s.rate_limit {
            cfg.rate_limit = RateLimit::parse(&text, &source.name(ENV_RATE_LIMIT, "RateLimit"))?;
        }
        Ok(cfg)
    }

    /// The base URL without a trailing slash.
    pub fn base(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    /// The OAuth2 token URL in effect.
    pub fn effective_token_url(&self) -> String {
        match &self.token_url {
            Some(u) => u.clone(),
            None => format!("{}/oauth/token", self.base()),
        }
    }
}
