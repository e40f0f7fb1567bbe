#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomPasswordInstruction {
    /// The page ID that represents the page for forget user name, reset password and unlock account flow.
    pub page_id: Option<crate::CustomPasswordInstructionPageId>,
    /// The custom instructions for the specified page. Allow basic HTML format and maximum length is 1000 characters. The custom instructions will be sanitized to avoid attacks.
    /// If the customization text includes a link, like `<A HREF=\"URL\">...</A>` clicking on this will open the link on the current browser page.
    /// If you want your link to be redirected to a different page, please redirect it to "_blank" like this: `<a href=\"URL" target=\"_blank\" >link</a>`. This will open a new tab when the link is clicked. Notice we're only supporting _blank as the redirection target.
    pub page_content: Option<String>,
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    pub locale: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CustomPasswordInstruction {
    /// Builds a `CustomPasswordInstruction` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CustomPasswordInstruction {
    page_id: optional::<crate::CustomPasswordInstructionPageId>(page_id),
    page_content: optional::<String>(page_content),
    locale: optional::<String>(locale),
});
crate::serde_helpers::serde_struct!(CustomPasswordInstruction {
    page_id: optional("pageId"),
    page_content: optional("pageContent"),
    locale: optional("locale"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CustomPasswordInstruction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.page_id, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The page ID that represents the page for forget user name, reset password and unlock account flow.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CustomPasswordInstructionPageId {
    /// `change-password:enter-password`
    ChangePasswordEnterPassword,
    /// `change-password:finish`
    ChangePasswordFinish,
    /// `flow-selection:select`
    FlowSelectionSelect,
    /// `forget-username:user-email`
    ForgetUsernameUserEmail,
    /// `mfa:enter-code`
    MfaEnterCode,
    /// `mfa:enter-kba`
    MfaEnterKba,
    /// `mfa:select`
    MfaSelect,
    /// `reset-password:enter-password`
    ResetPasswordEnterPassword,
    /// `reset-password:enter-username`
    ResetPasswordEnterUsername,
    /// `reset-password:finish`
    ResetPasswordFinish,
    /// `unlock-account:enter-username`
    UnlockAccountEnterUsername,
    /// `unlock-account:finish`
    UnlockAccountFinish,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CustomPasswordInstructionPageId {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChangePasswordEnterPassword => "change-password:enter-password",
            Self::ChangePasswordFinish => "change-password:finish",
            Self::FlowSelectionSelect => "flow-selection:select",
            Self::ForgetUsernameUserEmail => "forget-username:user-email",
            Self::MfaEnterCode => "mfa:enter-code",
            Self::MfaEnterKba => "mfa:enter-kba",
            Self::MfaSelect => "mfa:select",
            Self::ResetPasswordEnterPassword => "reset-password:enter-password",
            Self::ResetPasswordEnterUsername => "reset-password:enter-username",
            Self::ResetPasswordFinish => "reset-password:finish",
            Self::UnlockAccountEnterUsername => "unlock-account:enter-username",
            Self::UnlockAccountFinish => "unlock-account:finish",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CustomPasswordInstructionPageId {
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => Self::ChangePasswordEnterPassword,
            "change-password:finish" => Self::ChangePasswordFinish,
            "flow-selection:select" => Self::FlowSelectionSelect,
            "forget-username:user-email" => Self::ForgetUsernameUserEmail,
            "mfa:enter-code" => Self::MfaEnterCode,
            "mfa:enter-kba" => Self::MfaEnterKba,
            "mfa:select" => Self::MfaSelect,
            "reset-password:enter-password" => Self::ResetPasswordEnterPassword,
            "reset-password:enter-username" => Self::ResetPasswordEnterUsername,
            "reset-password:finish" => Self::ResetPasswordFinish,
            "unlock-account:enter-username" => Self::UnlockAccountEnterUsername,
            "unlock-account:finish" => Self::UnlockAccountFinish,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CustomPasswordInstructionPageId);
