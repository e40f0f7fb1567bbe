//! Operations tagged `Accounts`.
//!
//! Use this API to implement and customize account functionality.
//! With this functionality in place, administrators can manage users' access across sources in Identity Security Cloud.
//!
//! In Identity Security Cloud, an account refers to a user's account on a supported source.
//! This typically includes a unique identifier for the user, a unique password, a set of permissions associated with the source and a set of attributes. Identity Security Cloud loads accounts through the creation of sources in Identity Security Cloud.
//!
//! Administrators can correlate users' identities with the users' accounts on the different sources they use.
//! This allows Identity Security Cloud to govern the access of identities and all their correlated accounts securely and cohesively.
//!
//! To view the accounts on a source and their correlated identities, administrators can use the Connections drop-down menu, select Sources, select the relevant source, and select its Account tab.
//!
//! To view and edit source account statuses for an identity in Identity Security Cloud, administrators can use the Identities drop-down menu, select Identity List, select the relevant identity, and select its Accounts tab.
//! Administrators can toggle an account's Actions to aggregate the account, enable/disable it, unlock it, or remove it from the identity.
//!
//! Accounts can have the following statuses:
//!
//! - Enabled: The account is enabled. The user can access it.
//!
//! - Disabled: The account is disabled, and the user cannot access it, but the identity is not disabled in Identity Security Cloud. This can occur when an administrator disables the account or when the user's lifecycle state changes.
//!
//! - Locked: The account is locked. This may occur when someone has entered an incorrect password for the account too many times.
//!
//! - Pending: The account is currently updating. This status typically lasts seconds.
//!
//! Administrators can select the source account to view its attributes, entitlements, and the last time the account's password was changed.
//!
//! Refer to [Managing User Accounts](https://documentation.sailpoint.com/saas/help/accounts/identities.html?h=disabling+identities#managing-access) for more information about accounts.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Accounts`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccountsApi {
    client: crate::Client,
}
impl AccountsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccountsApi { client }
    }
    /// Create account
    ///
    /// Submit an account creation task - the API then returns the task ID.
    ///
    /// You must include the `sourceId` where the account will be created in the `attributes` object.
    ///
    /// This endpoint creates an account on the source record in your ISC tenant.
    /// This is useful for Flat File (`DelimitedFile`) type sources because it allows you to aggregate new accounts without needing to import a new CSV file every time.
    ///
    /// However, if you use this endpoint to create an account for a Direct Connection type source, you must ensure that the account also exists on the target source.
    /// The endpoint doesn't actually provision the account on the target source, which means that if the account doesn't also exist on the target source, an aggregation between the source and your tenant will remove it from your tenant.
    ///
    /// By providing the account ID of an existing account in the request body, this API will function as a PATCH operation and update the account.
    ///
    /// `POST /accounts` (operation `createAccount`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_account(
        &self,
        body: models::AccountAttributesCreate,
    ) -> CreateAccount {
        CreateAccount {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete account
    ///
    /// Use this API to delete an account.
    /// This endpoint submits an account delete task and returns the task ID.
    /// This endpoint only deletes the account from IdentityNow, not the source itself, which can result in the account's returning with the next aggregation between the source and IdentityNow.  To avoid this scenario, it is recommended that you [disable accounts](https://developer.sailpoint.com/idn/api/v3/disable-account) rather than delete them. This will also allow you to reenable the accounts in the future.
    /// >**NOTE: You can only delete accounts from sources of the "DelimitedFile" type.**
    ///
    /// `DELETE /accounts/{id}` (operation `deleteAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_account(&self, id: impl Into<String>) -> DeleteAccount {
        DeleteAccount {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Remove account
    ///
    /// Use this endpoint to remove accounts from the system without provisioning changes to the source. Accounts that are removed could be re-created during the next aggregation.
    ///
    /// This endpoint is good for:
    /// * Removing accounts that no longer exist on the source.
    /// * Removing accounts that won't be aggregated following updates to the source configuration.
    /// * Forcing accounts to be re-created following the next aggregation to re-run account processing, support testing, etc.
    ///
    /// `POST /accounts/{id}/remove` (operation `deleteAccountAsync`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account id Example: `"c350d6aa4f104c61b062cb632421ad10"`.
    pub fn delete_account_async(&self, id: impl Into<String>) -> DeleteAccountAsync {
        DeleteAccountAsync {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Disable account
    ///
    /// This API submits a task to disable the account and returns the task ID.
    ///
    /// `POST /accounts/{id}/disable` (operation `disableAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn disable_account(
        &self,
        id: impl Into<String>,
        body: models::AccountToggleRequest,
    ) -> DisableAccount {
        DisableAccount {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Disable idn account for identity
    ///
    /// This API submits a task to disable IDN account for a single identity.
    ///
    /// `POST /identities-accounts/{id}/disable` (operation `disableAccountForIdentity`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id. Example: `"2c91808384203c2d018437e631158309"`.
    pub fn disable_account_for_identity(
        &self,
        id: impl Into<String>,
    ) -> DisableAccountForIdentity {
        DisableAccountForIdentity {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Disable idn accounts for identities
    ///
    /// This API submits tasks to disable IDN account for each identity provided in the request body.
    ///
    /// `POST /identities-accounts/disable` (operation `disableAccountsForIdentities`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn disable_accounts_for_identities(
        &self,
        body: models::IdentitiesAccountsBulkRequest,
    ) -> DisableAccountsForIdentities {
        DisableAccountsForIdentities {
            client: self.client.clone(),
            body,
        }
    }
    /// Enable account
    ///
    /// This API submits a task to enable account and returns the task ID.
    ///
    /// `POST /accounts/{id}/enable` (operation `enableAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn enable_account(
        &self,
        id: impl Into<String>,
        body: models::AccountToggleRequest,
    ) -> EnableAccount {
        EnableAccount {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Enable idn account for identity
    ///
    /// This API submits a task to enable IDN account for a single identity.
    ///
    /// `POST /identities-accounts/{id}/enable` (operation `enableAccountForIdentity`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id. Example: `"2c91808384203c2d018437e631158309"`.
    pub fn enable_account_for_identity(
        &self,
        id: impl Into<String>,
    ) -> EnableAccountForIdentity {
        EnableAccountForIdentity {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Enable idn accounts for identities
    ///
    /// This API submits tasks to enable IDN account for each identity provided in the request body.
    ///
    /// `POST /identities-accounts/enable` (operation `enableAccountsForIdentities`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn enable_accounts_for_identities(
        &self,
        body: models::IdentitiesAccountsBulkRequest,
    ) -> EnableAccountsForIdentities {
        EnableAccountsForIdentities {
            client: self.client.clone(),
            body,
        }
    }
    /// Account details
    ///
    /// Use this API to return the details for a single account by its ID.
    ///
    /// `GET /accounts/{id}` (operation `getAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_account(&self, id: impl Into<String>) -> GetAccount {
        GetAccount {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Account entitlements
    ///
    /// This API returns entitlements of the account.
    ///
    /// `GET /accounts/{id}/entitlements` (operation `getAccountEntitlements`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_account_entitlements(
        &self,
        id: impl Into<String>,
    ) -> GetAccountEntitlements {
        GetAccountEntitlements {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            id: id.into(),
        }
    }
    /// Accounts list
    ///
    /// List accounts.
    ///
    /// `GET /accounts` (operation `listAccounts`).
    pub fn list_accounts(&self) -> ListAccounts {
        ListAccounts {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            detail_level: None,
            filters: None,
            sorters: None,
        }
    }
    /// Update account
    ///
    /// Use this API to update an account with a PUT request.
    ///
    /// This endpoint submits an account update task and returns the task ID.
    ///
    /// >**Note: You can only use this PUT endpoint to update accounts from flat file sources.**
    ///
    /// `PUT /accounts/{id}` (operation `putAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_account(
        &self,
        id: impl Into<String>,
        body: models::AccountAttributes,
    ) -> PutAccount {
        PutAccount {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Reload account
    ///
    /// This API asynchronously reloads the account directly from the connector and performs a one-time aggregation process.
    ///
    /// `POST /accounts/{id}/reload` (operation `submitReloadAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn submit_reload_account(&self, id: impl Into<String>) -> SubmitReloadAccount {
        SubmitReloadAccount {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Unlock account
    ///
    /// This API submits a task to unlock an account and returns the task ID.
    /// To use this endpoint to unlock an account that has the `forceProvisioning` option set to true, the `idn:accounts-provisioning:manage` scope is required.
    ///
    /// `POST /accounts/{id}/unlock` (operation `unlockAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn unlock_account(
        &self,
        id: impl Into<String>,
        body: models::AccountUnlockRequest,
    ) -> UnlockAccount {
        UnlockAccount {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update account
    ///
    /// Use this API to update account details.
    ///
    /// This API supports updating an account's correlation by modifying the `identityId` and `manuallyCorrelated` fields.
    /// To reassign an account from one identity to another, replace the current `identityId` with a new value.
    /// If the account you're assigning was provisioned by Identity Security Cloud (ISC), it's possible for ISC to create a new account
    /// for the previous identity as soon as the account is moved. If the account you're assigning is authoritative,
    /// this causes the previous identity to become uncorrelated and can even result in its deletion.
    /// All accounts that are reassigned will be set to `manuallyCorrelated: true` unless you specify otherwise.
    ///
    /// >**Note:** The `attributes` field can only be modified for flat file accounts.
    ///
    /// `PATCH /accounts/{id}` (operation `updateAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A list of account update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    pub fn update_account(
        &self,
        id: impl Into<String>,
        body: Vec<models::serde_json::Value>,
    ) -> UpdateAccount {
        UpdateAccount {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`AccountsApi::create_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAccount {
    client: crate::Client,
    body: models::AccountAttributesCreate,
}
impl CreateAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/accounts".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateAccount, models::AccountsAsyncResult, CreateAccountError);
/// The errors of [`CreateAccount`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateAccountError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccountsApi::delete_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteAccount {
    client: crate::Client,
    id: String,
}
impl DeleteAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/accounts/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(DeleteAccount, models::AccountsAsyncResult, DeleteAccountError);
/// The errors of [`DeleteAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::delete_account_async`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteAccountAsync {
    client: crate::Client,
    id: String,
}
impl DeleteAccountAsync {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/remove",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TaskResultDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteAccountAsync, models::TaskResultDto, DeleteAccountAsyncError
);
/// The errors of [`DeleteAccountAsync`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteAccountAsyncError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccountsApi::disable_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DisableAccount {
    client: crate::Client,
    id: String,
    body: models::AccountToggleRequest,
}
impl DisableAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/disable",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(DisableAccount, models::AccountsAsyncResult, DisableAccountError);
/// The errors of [`DisableAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DisableAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::disable_account_for_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DisableAccountForIdentity {
    client: crate::Client,
    id: String,
}
impl DisableAccountForIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities-accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/disable",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DisableAccountForIdentity, models::serde_json::Value, DisableAccountForIdentityError
);
/// The errors of [`DisableAccountForIdentity`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DisableAccountForIdentityError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::disable_accounts_for_identities`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DisableAccountsForIdentities {
    client: crate::Client,
    body: models::IdentitiesAccountsBulkRequest,
}
impl DisableAccountsForIdentities {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identities-accounts/disable".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::BulkIdentitiesAccountsResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DisableAccountsForIdentities, Vec < models::BulkIdentitiesAccountsResponse >,
    DisableAccountsForIdentitiesError
);
/// The errors of [`DisableAccountsForIdentities`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DisableAccountsForIdentitiesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccountsApi::enable_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct EnableAccount {
    client: crate::Client,
    id: String,
    body: models::AccountToggleRequest,
}
impl EnableAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/enable",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(EnableAccount, models::AccountsAsyncResult, EnableAccountError);
/// The errors of [`EnableAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type EnableAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::enable_account_for_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct EnableAccountForIdentity {
    client: crate::Client,
    id: String,
}
impl EnableAccountForIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities-accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/enable",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    EnableAccountForIdentity, models::serde_json::Value, EnableAccountForIdentityError
);
/// The errors of [`EnableAccountForIdentity`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type EnableAccountForIdentityError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::enable_accounts_for_identities`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct EnableAccountsForIdentities {
    client: crate::Client,
    body: models::IdentitiesAccountsBulkRequest,
}
impl EnableAccountsForIdentities {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identities-accounts/enable".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::BulkIdentitiesAccountsResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    EnableAccountsForIdentities, Vec < models::BulkIdentitiesAccountsResponse >,
    EnableAccountsForIdentitiesError
);
/// The errors of [`EnableAccountsForIdentities`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type EnableAccountsForIdentitiesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccountsApi::get_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccount {
    client: crate::Client,
    id: String,
}
impl GetAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/accounts/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Account>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetAccount, models::Account, GetAccountError);
/// The errors of [`GetAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::get_account_entitlements`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccountEntitlements {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    id: String,
}
impl GetAccountEntitlements {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/entitlements",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Entitlement>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    GetAccountEntitlements, Vec < models::Entitlement >, GetAccountEntitlementsError
);
/// The errors of [`GetAccountEntitlements`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccountEntitlementsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::list_accounts`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccounts {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    detail_level: Option<models::ListAccountsDetailLevel>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListAccounts {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// This value determines whether the API provides `SLIM` or increased level of detail (`FULL`) for each account in the returned list. `FULL` is the default behavior.
    ///
    /// Example: `"FULL"`.
    pub fn detail_level(mut self, value: models::ListAccountsDetailLevel) -> Self {
        self.detail_level = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, sw*
    ///
    /// **identityId**: *eq, in, sw*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **nativeIdentity**: *eq, in, sw*
    ///
    /// **hasEntitlements**: *eq*
    ///
    /// **sourceId**: *eq, in, sw*
    ///
    /// **uncorrelated**: *eq*
    ///
    /// **entitlements**: *eq*
    ///
    /// **origin**: *eq, in*
    ///
    /// **manuallyCorrelated**: *eq*
    ///
    /// **identity.name**: *eq, in, sw*
    ///
    /// **identity.correlated**: *eq*
    ///
    /// **identity.identityState**: *eq, in*
    ///
    /// **source.displayableName**: *eq, in*
    ///
    /// **source.authoritative**: *eq*
    ///
    /// **source.connectionType**: *eq, in*
    ///
    /// **recommendation.method**: *eq, in, isnull*
    ///
    /// **created**: *eq, ge, gt, le, lt*
    ///
    /// **modified**: *eq, ge, gt, le, lt*
    ///
    /// Example: `"identityId eq \"2c9180858082150f0180893dbaf44201\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, sourceId, identityId, nativeIdentity, uuid, manuallyCorrelated, entitlements, origin, identity.name, identity.identityState, identity.correlated, source.displayableName, source.authoritative, source.connectionType**
    ///
    /// Example: `"id,name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/accounts".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.detail_level {
            req = req.query("detailLevel", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Account>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Account>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Account>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Account>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(ListAccounts, Vec < models::Account >, ListAccountsError);
/// The errors of [`ListAccounts`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccountsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccountsApi::put_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutAccount {
    client: crate::Client,
    id: String,
    body: models::AccountAttributes,
}
impl PutAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/accounts/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutAccount, models::AccountsAsyncResult, PutAccountError);
/// The errors of [`PutAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::submit_reload_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitReloadAccount {
    client: crate::Client,
    id: String,
}
impl SubmitReloadAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/reload",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SubmitReloadAccount, models::AccountsAsyncResult, SubmitReloadAccountError
);
/// The errors of [`SubmitReloadAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SubmitReloadAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::unlock_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnlockAccount {
    client: crate::Client,
    id: String,
    body: models::AccountUnlockRequest,
}
impl UnlockAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
            "/unlock",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccountsAsyncResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(UnlockAccount, models::AccountsAsyncResult, UnlockAccountError);
/// The errors of [`UnlockAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UnlockAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountsApi::update_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAccount {
    client: crate::Client,
    id: String,
    body: Vec<models::serde_json::Value>,
}
impl UpdateAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/accounts/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(UpdateAccount, models::serde_json::Value, UpdateAccountError);
/// The errors of [`UpdateAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateAccountError = crate::errors::Error400_401_403_404_429_500;
