#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemAssociated {
    /// the event type
    pub event_type: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    /// the identity id
    pub identity_id: Option<String>,
    pub access_item: crate::AccessItemAssociatedAccessItem,
    pub governance_event: Option<crate::CorrelatedGovernanceEvent>,
    /// the access item type
    pub access_item_type: Option<crate::AccessItemAssociatedAccessItemType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemAssociated {
    /// Builds a `AccessItemAssociated` from its required fields; the others are unset.
    pub fn new(
        access_item: impl Into<crate::AccessItemAssociatedAccessItem>,
        governance_event: impl Into<Option<crate::CorrelatedGovernanceEvent>>,
    ) -> Self {
        Self {
            event_type: None,
            date_time: None,
            identity_id: None,
            access_item: access_item.into(),
            governance_event: governance_event.into(),
            access_item_type: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemAssociated {
    event_type: optional::<String>(event_type),
    date_time: optional::<String>(date_time),
    identity_id: optional::<String>(identity_id),
    access_item_type: optional::<crate::AccessItemAssociatedAccessItemType>(access_item_type),
});
crate::serde_helpers::serde_struct!(AccessItemAssociated {
    event_type: optional("eventType"),
    date_time: optional("dateTime"),
    identity_id: optional("identityId"),
    access_item: required("accessItem"),
    governance_event: required("governanceEvent"),
    access_item_type: optional("accessItemType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemAssociated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_event, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum AccessItemAssociatedAccessItem {
    AccessItemEntitlementResponse(crate::AccessItemEntitlementResponse),
    AccessItemAccessProfileResponse(crate::AccessItemAccessProfileResponse),
    AccessItemAccountResponse(crate::AccessItemAccountResponse),
    AccessItemRoleResponse(crate::AccessItemRoleResponse),
    AccessItemAppResponse(crate::AccessItemAppResponse),
}
impl ::serde::Serialize for AccessItemAssociatedAccessItem {
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
impl<'de> ::serde::Deserialize<'de> for AccessItemAssociatedAccessItem {
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
                "AccessItemAssociatedAccessItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for AccessItemAssociatedAccessItem {
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
pub enum AccessItemAssociatedAccessItemType {
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
impl AccessItemAssociatedAccessItemType {
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
impl From<&str> for AccessItemAssociatedAccessItemType {
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
crate::serde_helpers::string_enum!(AccessItemAssociatedAccessItemType);
