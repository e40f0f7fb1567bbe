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
