//! Operations tagged `Custom Password Instructions`.
//!
//! Use this API to implement custom password instruction functionality.
//! With this functionality in place, administrators can create custom password instructions to help users reset their passwords, change them, unlock their accounts, or recover their usernames.
//! This allows administrators to emphasize password policies or provide organization-specific instructions.
//!
//! Administrators must first use [Update Password Org Config](https://developer.sailpoint.com/docs/api/v2024/put-password-org-config/) to set `customInstructionsEnabled` to `true`.
//!
//! Once they have enabled custom instructions, they can use [Create Custom Password Instructions](https://developer.sailpoint.com/docs/api/v2024/create-custom-password-instructions/) to create custom page content for the specific pageId they select.
//!
//! For example, an administrator can use the pageId forget-username:user-email to set the custom text for the case when users forget their usernames and must enter their emails.
//!
//! Refer to [Creating Custom Instruction Text](https://documentation.sailpoint.com/saas/help/pwd/pwd_reset.html#creating-custom-instruction-text) for more information about creating custom password instructions.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Custom Password Instructions`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct CustomPasswordInstructionsApi {
    client: crate::Client,
}
impl CustomPasswordInstructionsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        CustomPasswordInstructionsApi {
            client,
        }
    }
    /// Create custom password instructions
    ///
    /// This API creates the custom password instructions for the specified page ID.
    ///
    /// The `pageId` determines which login and password-recovery screen your custom instructions appear on. The following table describes each supported page ID and where its text is displayed:
    ///
    /// | Page ID | Where the custom text appears |
    /// | --- | --- |
    /// | `flow-selection:select` | Flow-selection landing screen, under "Need help signing in?", above the navigation links. |
    /// | `reset-password:enter-username` | Reset-password "enter username" step, under the prompt, above the username field. |
    /// | `unlock-account:enter-username` | Unlock-account "enter username" step, under the prompt, above the username field. |
    /// | `forget-username:user-email` | Forgot-username screen, under "Enter the email address for", above the email field. |
    /// | `reset-password:enter-password` | Reset-password "new password" step, under the header, above the password fields. |
    /// | `change-password:enter-password` | Same "new password" screen, but the authenticated app/sync-group change variant. |
    /// | `reset-password:finish` | Reset-password success screen, under the success icon/heading, above the return button. |
    /// | `change-password:finish` | Success screen for the authenticated app/sync-group change, under the heading. |
    /// | `mfa:select` | MFA method-selection step, under the prompt, above the list of MFA options. |
    /// | `mfa:enter-code` | MFA code-entry step, under the option label, above the code field. |
    /// | `mfa:enter-kba` | KBA step, under "Please answer these security questions", above the questions form. |
    /// | `unlock-account:finish` | Unlock-account success screen, under the success icon/heading, above the return button. |
    ///
    /// In every case the text shows as an info-icon + paragraph block that only appears if custom text is configured for that page ID, positioned between the screen's built-in heading and its form controls.
    ///
    /// `POST /custom-password-instructions` (operation `createCustomPasswordInstructions`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_custom_password_instructions(
        &self,
        body: models::CustomPasswordInstruction,
    ) -> CreateCustomPasswordInstructions {
        CreateCustomPasswordInstructions {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete custom password instructions by page id
    ///
    /// This API delete the custom password instructions for the specified page ID.
    ///
    /// `DELETE /custom-password-instructions/{pageId}` (operation `deleteCustomPasswordInstructions`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `page_id`: The page ID of custom password instructions to delete. Example: `"mfa:select"`.
    pub fn delete_custom_password_instructions(
        &self,
        page_id: models::DeleteCustomPasswordInstructionsPageId,
    ) -> DeleteCustomPasswordInstructions {
        DeleteCustomPasswordInstructions {
            client: self.client.clone(),
            page_id,
            locale: None,
        }
    }
    /// Get custom password instructions by page id
    ///
    /// This API returns the custom password instructions for the specified page ID.
    ///
    /// `GET /custom-password-instructions/{pageId}` (operation `getCustomPasswordInstructions`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `page_id`: The page ID of custom password instructions to query. Example: `"mfa:select"`.
    pub fn get_custom_password_instructions(
        &self,
        page_id: models::GetCustomPasswordInstructionsPageId,
    ) -> GetCustomPasswordInstructions {
        GetCustomPasswordInstructions {
            client: self.client.clone(),
            page_id,
            locale: None,
        }
    }
}
/// Request builder of [`CustomPasswordInstructionsApi::create_custom_password_instructions`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCustomPasswordInstructions {
    client: crate::Client,
    body: models::CustomPasswordInstruction,
}
impl CreateCustomPasswordInstructions {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/custom-password-instructions".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "createCustomPasswordInstructions",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
        Output = runtime::Result<models::CustomPasswordInstruction>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateCustomPasswordInstructions, models::CustomPasswordInstruction,
    CreateCustomPasswordInstructionsError
);
/// The errors of [`CreateCustomPasswordInstructions`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCustomPasswordInstructionsError {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateCustomPasswordInstructionsError { 400 => BadRequest, 403 => Forbidden, 500 =>
    InternalServerError }
);
/// Request builder of [`CustomPasswordInstructionsApi::delete_custom_password_instructions`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomPasswordInstructions {
    client: crate::Client,
    page_id: models::DeleteCustomPasswordInstructionsPageId,
    locale: Option<String>,
}
impl DeleteCustomPasswordInstructions {
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/custom-password-instructions/",
            &runtime::encode::path_param(&self.page_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.locale {
            req = req.query("locale", v, "form", true)?;
        }
        req = req
            .experimental(
                "deleteCustomPasswordInstructions",
                "X-SailPoint-Experimental",
                "true",
            )?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteCustomPasswordInstructions, (), DeleteCustomPasswordInstructionsError
);
/// The errors of [`DeleteCustomPasswordInstructions`]: [`crate::errors::Error400_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCustomPasswordInstructionsError = crate::errors::Error400_403_404_500;
/// Request builder of [`CustomPasswordInstructionsApi::get_custom_password_instructions`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCustomPasswordInstructions {
    client: crate::Client,
    page_id: models::GetCustomPasswordInstructionsPageId,
    locale: Option<String>,
}
impl GetCustomPasswordInstructions {
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/custom-password-instructions/",
            &runtime::encode::path_param(&self.page_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.locale {
            req = req.query("locale", v, "form", true)?;
        }
        req = req
            .experimental(
                "getCustomPasswordInstructions",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::CustomPasswordInstruction>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCustomPasswordInstructions, models::CustomPasswordInstruction,
    GetCustomPasswordInstructionsError
);
/// The errors of [`GetCustomPasswordInstructions`]: [`crate::errors::Error400_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCustomPasswordInstructionsError = crate::errors::Error400_403_404_500;
