#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// Tag id
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub id: Option<String>,
    /// Name of the tag.
    pub name: String,
    /// Date the tag was created.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub created: Option<crate::primitives::DateTime>,
    /// Date the tag was last modified.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub modified: Option<crate::primitives::DateTime>,
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub tag_category_refs: Option<Vec<crate::TagTagCategoryRefsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Tag {
    /// Builds a `Tag` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            tag_category_refs: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Tag {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    tag_category_refs: optional::<Vec<crate::TagTagCategoryRefsItem>>(tag_category_refs),
});
crate::serde_helpers::serde_struct!(Tag {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    tag_category_refs: optional("tagCategoryRefs"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Tag {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.tag_category_refs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Tagged object's category.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagTagCategoryRefsItem {
    /// DTO type of the tagged object's category.
    pub r#type: Option<crate::TagTagCategoryRefsItemType>,
    /// Tagged object's ID.
    pub id: Option<String>,
    /// Tagged object's display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TagTagCategoryRefsItem {
    /// Builds a `TagTagCategoryRefsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TagTagCategoryRefsItem {
    r#type: optional::<crate::TagTagCategoryRefsItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(TagTagCategoryRefsItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TagTagCategoryRefsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the tagged object's category.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TagTagCategoryRefsItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `ENTITLEMENT`
    Entitlement,
    /// `IDENTITY`
    Identity,
    /// `ROLE`
    Role,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TagTagCategoryRefsItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Application => "APPLICATION",
            Self::Campaign => "CAMPAIGN",
            Self::Entitlement => "ENTITLEMENT",
            Self::Identity => "IDENTITY",
            Self::Role => "ROLE",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TagTagCategoryRefsItemType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "APPLICATION" => Self::Application,
            "CAMPAIGN" => Self::Campaign,
            "ENTITLEMENT" => Self::Entitlement,
            "IDENTITY" => Self::Identity,
            "ROLE" => Self::Role,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TagTagCategoryRefsItemType);
