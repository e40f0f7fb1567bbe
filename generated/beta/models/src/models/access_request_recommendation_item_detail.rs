#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestRecommendationItemDetail {
    /// Identity ID for the recommendation
    ///
    /// Format: `uuid`.
    pub identity_id: Option<String>,
    pub access: Option<crate::AccessRequestRecommendationItemDetailAccess>,
    /// Whether or not the identity has already chosen to ignore this recommendation.
    pub ignored: Option<bool>,
    /// Whether or not the identity has already chosen to request this recommendation.
    pub requested: Option<bool>,
    /// Whether or not the identity reportedly viewed this recommendation.
    pub viewed: Option<bool>,
    pub messages: Option<Vec<crate::AccessRecommendationMessage>>,
    /// The list of translation messages
    pub translation_messages: Option<Vec<crate::TranslationMessage>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestRecommendationItemDetail {
    /// Builds a `AccessRequestRecommendationItemDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `identity_id`.
    pub fn identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }
    /// Sets `access`.
    pub fn access(
        mut self,
        value: impl Into<crate::AccessRequestRecommendationItemDetailAccess>,
    ) -> Self {
        self.access = Some(value.into());
        self
    }
    /// Sets `ignored`.
    pub fn ignored(mut self, value: impl Into<bool>) -> Self {
        self.ignored = Some(value.into());
        self
    }
    /// Sets `requested`.
    pub fn requested(mut self, value: impl Into<bool>) -> Self {
        self.requested = Some(value.into());
        self
    }
    /// Sets `viewed`.
    pub fn viewed(mut self, value: impl Into<bool>) -> Self {
        self.viewed = Some(value.into());
        self
    }
    /// Sets `messages`.
    pub fn messages(
        mut self,
        value: impl Into<Vec<crate::AccessRecommendationMessage>>,
    ) -> Self {
        self.messages = Some(value.into());
        self
    }
    /// Sets `translation_messages`.
    pub fn translation_messages(
        mut self,
        value: impl Into<Vec<crate::TranslationMessage>>,
    ) -> Self {
        self.translation_messages = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessRequestRecommendationItemDetail {
    identity_id: optional("identityId"),
    access: optional("access"),
    ignored: optional("ignored"),
    requested: optional("requested"),
    viewed: optional("viewed"),
    messages: optional("messages"),
    translation_messages: optional("translationMessages"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationItemDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.translation_messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestRecommendationItemDetailAccess {
    /// ID of access item being recommended.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    pub r#type: Option<crate::AccessRequestRecommendationItemType>,
    /// Name of the access item
    pub name: Option<String>,
    /// Description of the access item
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestRecommendationItemDetailAccess {
    /// Builds a `AccessRequestRecommendationItemDetailAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::AccessRequestRecommendationItemType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessRequestRecommendationItemDetailAccess {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationItemDetailAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
