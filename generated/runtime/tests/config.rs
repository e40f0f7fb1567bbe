//! Configuration sources.

use std::collections::HashMap;
use std::path::Path;

use sailpoint_runtime::{Configuration, Credentials, Error};

#[test]
fn reads_the_environment_first() {
    let env: HashMap<&str, &str> = [
        ("SAIL_BASE_URL", "https://acme.api.identitynow.com/"),
        ("SAIL_CLIENT_ID", "id"),
        ("SAIL_CLIENT_SECRET", "secret"),
    ]
    .into();
    let cfg = Configuration::from_lookup(
        |k| env.get(k).map(|v| v.to_string()),
        Path::new("/nonexistent/config.json"),
    )
    .unwrap();
    assert_eq!(cfg.base(), "https://acme.api.identitynow.com");
    assert_eq!(
        cfg.effective_token_url(),
        "https://acme.api.identitynow.com/oauth/token"
    );
    match &cfg.credentials {
        Credentials::ClientCredentials {
            client_id,
            client_secret,
        } => {
            assert_eq!(client_id, "id");
            assert_eq!(client_secret.expose(), "secret");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn falls_back_to_config_json() {
    let dir = std::env::temp_dir().join(format!("sailpoint-runtime-cfg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.json");
    std::fs::write(
        &file,
        r#"{"BaseURL": "https://t.api.identitynow.com", "ClientId": "cid", "ClientSecret": "cs"}"#,
    )
    .unwrap();
    let cfg = Configuration::from_lookup(|_| None, &file).unwrap();
    assert_eq!(cfg.base_url, "https://t.api.identitynow.com");
    assert!(matches!(
        cfg.credentials,
        Credentials::ClientCredentials { .. }
    ));
    std::fs::remove_dir_all(&dir).unwrap();

    let err =
        Configuration::from_lookup(|_| None, Path::new("/nonexistent/config.json")).unwrap_err();
    assert!(matches!(err, Error::Config(_)));
}

#[test]
fn static_access_token() {
    let cfg =
        Configuration::from_json(r#"{"BaseURL": "https://t", "AccessToken": "pat"}"#).unwrap();
    assert!(matches!(cfg.credentials, Credentials::AccessToken(_)));
    let err = Configuration::from_json(r#"{"BaseURL": "https://t", "ClientId": "x"}"#).unwrap_err();
    assert!(matches!(err, Error::Config(_)));
}

fn env_config(vars: &[(&str, &str)]) -> Result<Configuration, Error> {
    let env: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Configuration::from_lookup(
        |k| env.get(k).cloned(),
        Path::new("/nonexistent/config.json"),
    )
}

fn config_message(result: Result<Configuration, Error>) -> String {
    match result {
        Err(Error::Config(m)) => m,
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

#[test]
fn a_base_url_without_credentials_names_the_missing_variables() {
    let m = config_message(env_config(&[(
        "SAIL_BASE_URL",
        "https://t.api.identitynow.com",
    )]));
    assert!(
        m.contains("SAIL_BASE_URL") && m.contains("SAIL_CLIENT_ID"),
        "{m}"
    );
    assert!(m.contains("SAIL_CLIENT_SECRET"), "{m}");
    let m = config_message(env_config(&[
        ("SAIL_BASE_URL", "https://t"),
        ("SAIL_CLIENT_ID", "id"),
    ]));
    assert!(m.contains("SAIL_CLIENT_SECRET is missing"), "{m}");
    let m = config_message(env_config(&[
        ("SAIL_BASE_URL", "https://t"),
        ("SAIL_CLIENT_SECRET", "s"),
    ]));
    assert!(m.contains("SAIL_CLIENT_ID is missing"), "{m}");
    // A ready token is credentials enough.
    env_config(&[("SAIL_BASE_URL", "https://t"), ("SAIL_ACCESS_TOKEN", "x")]).unwrap();
}

#[test]
fn config_file_errors_name_the_file_and_the_key() {
    let dir = std::env::temp_dir().join(format!("sailpoint-runtime-cfg2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.json");
    let shown = file.display().to_string();

    std::fs::write(&file, r#"{"ClientId": "cid", "ClientSecret": "cs"}"#).unwrap();
    let m = config_message(Configuration::from_lookup(|_| None, &file));
    assert!(m.contains("BaseURL") && m.contains(&shown), "{m}");

    std::fs::write(&file, r#"{"BaseURL": "https://t", "ClientId": "cid"}"#).unwrap();
    let m = config_message(Configuration::from_lookup(|_| None, &file));
    assert!(m.contains("ClientSecret") && m.contains(&shown), "{m}");

    std::fs::write(&file, r#"{"BaseURL": "https://t", "#).unwrap();
    let m = config_message(Configuration::from_lookup(|_| None, &file));
    assert!(
        m.contains(&shown) && m.contains("not a valid configuration"),
        "{m}"
    );

    std::fs::write(
        &file,
        r#"{"BaseURL": "https://t", "AccessToken": "x", "RateLimit": "fast"}"#,
    )
    .unwrap();
    let m = config_message(Configuration::from_lookup(|_| None, &file));
    assert!(m.contains("RateLimit") && m.contains(&shown), "{m}");

    // A directory where the file should be: unreadable.
    let m = config_message(Configuration::from_config_file(&dir));
    assert!(m.contains("cannot read"), "{m}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_rate_limit_is_on_by_default_and_set_or_switched_off_by_the_environment() {
    let base = [("SAIL_BASE_URL", "https://t"), ("SAIL_ACCESS_TOKEN", "x")];
    let cfg = env_config(&base).unwrap();
    assert_eq!(
        cfg.rate_limit,
        Some(sailpoint_runtime::RateLimit::default())
    );
    let cfg = env_config(&[base[0], base[1], ("SAIL_RATE_LIMIT", "off")]).unwrap();
    assert_eq!(cfg.rate_limit, None);
    let cfg = env_config(&[base[0], base[1], ("SAIL_RATE_LIMIT", "250/10s")]).unwrap();
    assert_eq!(cfg.rate_limit.map(|l| l.requests), Some(250));
    let m = config_message(env_config(&[base[0], base[1], ("SAIL_RATE_LIMIT", "lots")]));
    assert!(m.contains("SAIL_RATE_LIMIT"), "{m}");
}

#[test]
fn plain_http_is_refused_unless_the_host_is_loopback() {
    use sailpoint_runtime::Client;
    let err = Client::new(Configuration::new("http://acme.api.identitynow.com")).unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("base URL") && m.contains("https")),
        "{err}"
    );
    let err = Client::new(
        Configuration::new("https://acme.api.identitynow.com")
            .with_token_url("http://acme.identitynow.com/oauth/token"),
    )
    .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("token URL")),
        "{err}"
    );
    for ok in [
        "https://acme.api.identitynow.com",
        "http://127.0.0.1:8080",
        "http://localhost:3000",
        "http://[::1]:9000",
    ] {
        Client::new(Configuration::new(ok)).unwrap_or_else(|e| panic!("{ok}: {e}"));
    }
}
