//! Operations tagged `Password Dictionary`.
//!
//! Use this API to implement password dictionary functionality.
//! With this functionality in place, administrators can create password dictionaries to prevent users from using certain words or characters in their passwords.
//!
//! A password dictionary is a list of words or characters that users are prevented from including in their passwords.
//! This can help protect users from themselves and force them to create passwords that are not easy to break.
//!
//! A password dictionary must meet the following requirements to for the API to handle them correctly:
//!
//! - It must be in .txt format.
//!
//! - All characters must be UTF-8 characters.
//!
//! - Each line must contain a single word or character with no spaces or whitespace characters.
//!
//! - It must contain at least one line other than the locale string.
//!
//! - Each line must not exceed 128 characters.
//!
//! - The file must not exceed 2500 lines.
//!
//! Administrators should also consider the following when they create their dictionaries:
//!
//! - Lines starting with a # represent comments.
//!
//! - All words in the password dictionary are case-insensitive.
//! For example, adding the word "password" to the dictionary also disallows the following: PASSWORD, Password, and PassWord.
//!
//! - The dictionary uses substring matching.
//! For example, adding the word "spring" to the dictionary also disallows the following: Spring124, 345SprinG, and 8spring.
//! Users can then select 'Change Password' to update their passwords.
//!
//! Administrators must do the following to create a password dictionary:
//!
//! - Create the text file that will contain the prohibited password values.
//!
//! - If the dictionary is not in English, they must add a locale string to the top line: locale:`languageCode`_`countryCode`
//!
//! The languageCode value refers to the language's 2-letter ISO 639-1 code.
//! The countryCode value refers to the country's 2-letter ISO 3166-1 code.
//!
//! Refer to this list <https://docs.oracle.com/cd/E13214_01/wli/docs92/xref/xqisocodes.html> to see all the available ISO 639-1 language codes and ISO 3166-1 country codes.
//!
//! - Upload the .txt file to Identity Security Cloud with [Update Password Dictionary](https://developer.sailpoint.com/docs/api/v2025/put-password-dictionary). Uploading a new file always overwrites the previous dictionary file.
//!
//! Administrators can then specify which password policies check new passwords against the password dictionary by doing the following: In the Admin panel, they can use the Password Mgmt dropdown menu to select Policies, select the policy, and select the 'Prevent use of words in this site's password dictionary' checkbox beside it.
//!
//! Refer to [Configuring Advanced Password Management Options](https://documentation.sailpoint.com/saas/help/pwd/adv_config.html) for more information about password dictionaries.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Password Dictionary`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PasswordDictionaryApi {
    client: crate::Client,
}
impl PasswordDictionaryApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PasswordDictionaryApi { client }
    }
    /// Get password dictionary
    ///
    /// This gets password dictionary for the organization.
    /// The password dictionary file can contain lines that are:
    /// 1. comment lines - the first character is '#', can be 128 Unicode codepoints in length, and are ignored during processing
    /// 2. empty lines
    /// 3. locale line - the first line that starts with "locale=" is considered to be locale line, the rest are treated as normal content lines
    /// 4. line containing the password dictionary word - it must start with non-whitespace character and only non-whitespace characters are allowed;
    ///    maximum length of the line is 128 Unicode codepoints
    ///
    /// Password dictionary file may not contain more than 2,500 lines (not counting whitespace lines, comment lines and locale line).
    ///   Password dict file must contain UTF-8 characters only.
    ///
    /// # Sample password text file
    ///
    /// ```text
    ///
    /// # Password dictionary small test file
    ///
    /// locale=en_US
    ///
    /// # Password dictionary prohibited words
    ///
    /// qwerty
    /// abcd
    /// aaaaa
    /// password
    /// qazxsws
    ///
    /// ```
    ///
    /// `GET /password-dictionary` (operation `getPasswordDictionary`).
    pub fn get_password_dictionary(&self) -> GetPasswordDictionary {
        GetPasswordDictionary {
            client: self.client.clone(),
        }
    }
    /// Update password dictionary
    ///
    /// This updates password dictionary for the organization.
    /// The password dictionary file can contain lines that are:
    /// 1. comment lines - the first character is '#', can be 128 Unicode codepoints in length, and are ignored during processing
    /// 2. empty lines
    /// 3. locale line - the first line that starts with "locale=" is considered to be locale line, the rest are treated as normal content lines
    /// 4. line containing the password dictionary word - it must start with non-whitespace character and only non-whitespace characters are allowed;
    ///    maximum length of the line is 128 Unicode codepoints
    ///
    /// Password dictionary file may not contain more than 2,500 lines (not counting whitespace lines, comment lines and locale line).
    ///   Password dict file must contain UTF-8 characters only.
    ///
    /// # Sample password text file
    ///
    /// ```text
    ///
    /// # Password dictionary small test file
    ///
    /// locale=en_US
    ///
    /// # Password dictionary prohibited words
    ///
    /// qwerty
    /// abcd
    /// aaaaa
    /// password
    /// qazxsws
    ///
    /// ```
    ///
    /// `PUT /password-dictionary` (operation `putPasswordDictionary`).
    ///
    /// Arguments:
    ///
    /// - `body`: The password dictionary file to be uploaded.
    pub fn put_password_dictionary(
        &self,
        body: models::PutPasswordDictionaryRequest,
    ) -> PutPasswordDictionary {
        PutPasswordDictionary {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`PasswordDictionaryApi::get_password_dictionary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPasswordDictionary {
    client: crate::Client,
}
impl GetPasswordDictionary {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/password-dictionary".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("text/plain, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(GetPasswordDictionary, String, GetPasswordDictionaryError);
/// The errors of [`GetPasswordDictionary`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPasswordDictionaryError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`PasswordDictionaryApi::put_password_dictionary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutPasswordDictionary {
    client: crate::Client,
    body: models::PutPasswordDictionaryRequest,
}
impl PutPasswordDictionary {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/password-dictionary".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(PutPasswordDictionary, (), PutPasswordDictionaryError);
/// The errors of [`PutPasswordDictionary`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutPasswordDictionaryError = crate::errors::Error400_401_403_404_429_500;
