//! Operations tagged `IAI Recommendations`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `IAI Recommendations`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IaiRecommendationsApi {
    client: crate::Client,
}
impl IaiRecommendationsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IaiRecommendationsApi { client }
    }
    /// Returns recommendation based on object
    ///
    /// The getRecommendations API returns recommendations based on the requested object. The recommendations are invoked by IdentityIQ and IdentityNow plug-ins that retrieve recommendations based on the performed calculations.
    ///
    /// `POST /recommendations/request` (operation `getRecommendations`). Experimental: the client sends the experimental header itself.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn get_recommendations(
        &self,
        body: models::RecommendationRequestDto,
    ) -> GetRecommendations {
        GetRecommendations {
            client: self.client.clone(),
            body,
        }
    }
    /// Get certification recommendation config values
    ///
    /// Retrieves configuration attributes used by certification recommendations.
    ///
    /// `GET /recommendations/config` (operation `getRecommendationsConfig`). Experimental: the client sends the experimental header itself.
    pub fn get_recommendations_config(&self) -> GetRecommendationsConfig {
        GetRecommendationsConfig {
            client: self.client.clone(),
        }
    }
    /// Update certification recommendation config values
    ///
    /// Updates configuration attributes used by certification recommendations.
    ///
    /// `PUT /recommendations/config` (operation `updateRecommendationsConfig`). Experimental: the client sends the experimental header itself.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn update_recommendations_config(
        &self,
        body: models::RecommendationConfigDto,
    ) -> UpdateRecommendationsConfig {
        UpdateRecommendationsConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`IaiRecommendationsApi::get_recommendations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRecommendations {
    client: crate::Client,
    body: models::RecommendationRequestDto,
}
impl GetRecommendations {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/recommendations/request".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        req = req.retry_safe();
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::RecommendationResponseDto> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetRecommendations, models::RecommendationResponseDto);
/// Request builder of [`IaiRecommendationsApi::get_recommendations_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRecommendationsConfig {
    client: crate::Client,
}
impl GetRecommendationsConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/recommendations/config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::RecommendationConfigDto> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetRecommendationsConfig, models::RecommendationConfigDto);
/// Request builder of [`IaiRecommendationsApi::update_recommendations_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateRecommendationsConfig {
    client: crate::Client,
    body: models::RecommendationConfigDto,
}
impl UpdateRecommendationsConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/recommendations/config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::RecommendationConfigDto> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(UpdateRecommendationsConfig, models::RecommendationConfigDto);
