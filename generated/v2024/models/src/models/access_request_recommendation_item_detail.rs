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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestRecommendationItemDetail {
    /// Builds a `AccessRequestRecommendationItemDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestRecommendationItemDetail {
    identity_id: optional::<String>(identity_id),
    access: optional::<crate::AccessRequestRecommendationItemDetailAccess>(access),
    ignored: optional::<bool>(ignored),
    requested: optional::<bool>(requested),
    viewed: optional::<bool>(viewed),
    messages: optional::<Vec<crate::AccessRecommendationMessage>>(messages),
    translation_messages: optional::<Vec<crate::TranslationMessage>>(translation_messages),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestRecommendationItemDetailAccess {
    /// Builds a `AccessRequestRecommendationItemDetailAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestRecommendationItemDetailAccess {
    id: optional::<String>(id),
    r#type: optional::<crate::AccessRequestRecommendationItemType>(r#type),
    name: optional::<String>(name),
    description: optional::<String>(description),
});
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
