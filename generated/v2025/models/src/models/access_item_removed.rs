#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemRemoved {
    pub access_item: crate::AccessItemRemovedAccessItem,
    /// the identity id
    pub identity_id: Option<String>,
    /// the event type
    pub event_type: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    /// the access item type
    pub access_item_type: Option<crate::AccessItemRemovedAccessItemType>,
    pub governance_event: Option<Option<crate::CorrelatedGovernanceEvent>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemRemoved {
    /// Builds a `AccessItemRemoved` from its required fields; the others are unset.
    pub fn new(access_item: impl Into<crate::AccessItemRemovedAccessItem>) -> Self {
        Self {
            access_item: access_item.into(),
            identity_id: None,
            event_type: None,
            date_time: None,
            access_item_type: None,
            governance_event: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemRemoved {
    identity_id: optional::<String>(identity_id),
    event_type: optional::<String>(event_type),
    date_time: optional::<String>(date_time),
    access_item_type: optional::<crate::AccessItemRemovedAccessItemType>(access_item_type),
    governance_event: nullable::<crate::CorrelatedGovernanceEvent>(governance_event, governance_event_null),
});
crate::serde_helpers::serde_struct!(AccessItemRemoved {
    access_item: required("accessItem"),
    identity_id: optional("identityId"),
    event_type: optional("eventType"),
    date_time: optional("dateTime"),
    access_item_type: optional("accessItemType"),
    governance_event: nullable("governanceEvent"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemRemoved {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_event, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum AccessItemRemovedAccessItem {
    AccessItemEntitlementResponse(crate::AccessItemEntitlementResponse),
    AccessItemAccessProfileResponse(crate::AccessItemAccessProfileResponse),
    AccessItemAccountResponse(crate::AccessItemAccountResponse),
    AccessItemRoleResponse(crate::AccessItemRoleResponse),
    AccessItemAppResponse(crate::AccessItemAppResponse),
}
impl ::serde::Serialize for AccessItemRemovedAccessItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessItemEntitlementResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemAccessProfileResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemAccountResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemRoleResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemAppResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessItemRemovedAccessItem {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<
            crate::AccessItemEntitlementResponse,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(
                        &json,
                        &["standalone", "privileged", "cloudGoverned"],
                    );
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemEntitlementResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemEntitlementResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemEntitlementResponse", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessItemAccessProfileResponse,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(
                        &json,
                        &["standalone", "revocable"],
                    );
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAccessProfileResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAccessProfileResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemAccessProfileResponse", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessItemAccountResponse,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAccountResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAccountResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemAccountResponse", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessItemRoleResponse>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemRoleResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemRoleResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemRoleResponse", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessItemAppResponse>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["appRoleId"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAppResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAppResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemAppResponse", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccessItemEntitlementResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemEntitlementResponse)
            }
            1usize => {
                <crate::AccessItemAccessProfileResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemAccessProfileResponse)
            }
            2usize => {
                <crate::AccessItemAccountResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemAccountResponse)
            }
            3usize => {
                <crate::AccessItemRoleResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemRoleResponse)
            }
            4usize => {
                <crate::AccessItemAppResponse as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessItemAppResponse)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 5usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "AccessItemRemovedAccessItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for AccessItemRemovedAccessItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessItemEntitlementResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemAccessProfileResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemAccountResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemRoleResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemAppResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
/// the access item type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessItemRemovedAccessItemType {
    /// `account`
    Account,
    /// `app`
    App,
    /// `entitlement`
    Entitlement,
    /// `role`
    Role,
    /// `accessProfile`
    AccessProfile,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessItemRemovedAccessItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "account",
            Self::App => "app",
            Self::Entitlement => "entitlement",
            Self::Role => "role",
            Self::AccessProfile => "accessProfile",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessItemRemovedAccessItemType {
    fn from(value: &str) -> Self {
        match value {
            "account" => Self::Account,
            "app" => Self::App,
            "entitlement" => Self::Entitlement,
            "role" => Self::Role,
            "accessProfile" => Self::AccessProfile,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessItemRemovedAccessItemType);
