///Module containing a contract's types and functions.
/**

```solidity
library IMarketplace {
    type RequestState is uint8;
    type SlotState is uint8;
    struct Ask { uint64 slots; uint64 slotSize; uint64 duration; uint64 proofProbability; uint256 pricePerBytePerSecond; uint256 collateralPerByte; uint64 maxSlotLoss; }
    struct Config { uint64 period; uint64 timeout; uint64 minProofProbability; uint64 maxProofProbability; uint8 slashPercentage; uint8 maxNumberOfSlashes; uint8 validatorRewardPercentage; uint8 repairRewardPercentage; uint8 maxReservations; uint64 maxRequestDuration; }
    struct Content { bytes cid; bytes32 verifyRoot; }
    struct Request { address client; Ask ask; Content content; uint64 expiry; bytes32 nonce; }
    struct RequestInfo { RequestState state; uint64 requestedAt; uint64 expiresAt; uint64 endsAt; uint64 startedAt; uint64 failedAt; uint64 slotsFilled; uint64 slotsFreed; bool clientWithdrawn; }
    struct SlotInfo { SlotState state; bytes32 requestId; uint64 slotIndex; address host; uint64 filledAt; uint8 missedProofs; uint256 collateral; uint256 repairReward; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IMarketplace {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestState(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<RequestState> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl RequestState {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for RequestState {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<RequestState> for u8 {
            fn from(value: RequestState) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for RequestState {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for RequestState {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlotState(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<SlotState> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl SlotState {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for SlotState {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<SlotState> for u8 {
            fn from(value: SlotState) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SlotState {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlotState {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Ask { uint64 slots; uint64 slotSize; uint64 duration; uint64 proofProbability; uint256 pricePerBytePerSecond; uint256 collateralPerByte; uint64 maxSlotLoss; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Ask {
        #[allow(missing_docs)]
        pub slots: u64,
        #[allow(missing_docs)]
        pub slotSize: u64,
        #[allow(missing_docs)]
        pub duration: u64,
        #[allow(missing_docs)]
        pub proofProbability: u64,
        #[allow(missing_docs)]
        pub pricePerBytePerSecond: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub collateralPerByte: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxSlotLoss: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            u64,
            u64,
            u64,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Ask> for UnderlyingRustTuple<'_> {
            fn from(value: Ask) -> Self {
                (
                    value.slots,
                    value.slotSize,
                    value.duration,
                    value.proofProbability,
                    value.pricePerBytePerSecond,
                    value.collateralPerByte,
                    value.maxSlotLoss,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Ask {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slots: tuple.0,
                    slotSize: tuple.1,
                    duration: tuple.2,
                    proofProbability: tuple.3,
                    pricePerBytePerSecond: tuple.4,
                    collateralPerByte: tuple.5,
                    maxSlotLoss: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Ask {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Ask {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slots),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotSize),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.proofProbability),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.pricePerBytePerSecond,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.collateralPerByte),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSlotLoss),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Ask {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Ask {
            const NAME: &'static str = "Ask";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Ask(uint64 slots,uint64 slotSize,uint64 duration,uint64 proofProbability,uint256 pricePerBytePerSecond,uint256 collateralPerByte,uint64 maxSlotLoss)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slots)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotSize)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.duration)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.proofProbability,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pricePerBytePerSecond,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.collateralPerByte,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxSlotLoss)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Ask {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.slots)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotSize,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.duration,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.proofProbability,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pricePerBytePerSecond,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.collateralPerByte,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxSlotLoss,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slots,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotSize,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.duration,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.proofProbability,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pricePerBytePerSecond,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.collateralPerByte,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxSlotLoss,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Config { uint64 period; uint64 timeout; uint64 minProofProbability; uint64 maxProofProbability; uint8 slashPercentage; uint8 maxNumberOfSlashes; uint8 validatorRewardPercentage; uint8 repairRewardPercentage; uint8 maxReservations; uint64 maxRequestDuration; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Config {
        #[allow(missing_docs)]
        pub period: u64,
        #[allow(missing_docs)]
        pub timeout: u64,
        #[allow(missing_docs)]
        pub minProofProbability: u64,
        #[allow(missing_docs)]
        pub maxProofProbability: u64,
        #[allow(missing_docs)]
        pub slashPercentage: u8,
        #[allow(missing_docs)]
        pub maxNumberOfSlashes: u8,
        #[allow(missing_docs)]
        pub validatorRewardPercentage: u8,
        #[allow(missing_docs)]
        pub repairRewardPercentage: u8,
        #[allow(missing_docs)]
        pub maxReservations: u8,
        #[allow(missing_docs)]
        pub maxRequestDuration: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64, u64, u64, u8, u8, u8, u8, u8, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Config> for UnderlyingRustTuple<'_> {
            fn from(value: Config) -> Self {
                (
                    value.period,
                    value.timeout,
                    value.minProofProbability,
                    value.maxProofProbability,
                    value.slashPercentage,
                    value.maxNumberOfSlashes,
                    value.validatorRewardPercentage,
                    value.repairRewardPercentage,
                    value.maxReservations,
                    value.maxRequestDuration,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Config {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    period: tuple.0,
                    timeout: tuple.1,
                    minProofProbability: tuple.2,
                    maxProofProbability: tuple.3,
                    slashPercentage: tuple.4,
                    maxNumberOfSlashes: tuple.5,
                    validatorRewardPercentage: tuple.6,
                    repairRewardPercentage: tuple.7,
                    maxReservations: tuple.8,
                    maxRequestDuration: tuple.9,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Config {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Config {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.timeout),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.minProofProbability),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxProofProbability),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashPercentage),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxNumberOfSlashes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.validatorRewardPercentage,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.repairRewardPercentage,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxReservations),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxRequestDuration),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Config {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Config {
            const NAME: &'static str = "Config";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Config(uint64 period,uint64 timeout,uint64 minProofProbability,uint64 maxProofProbability,uint8 slashPercentage,uint8 maxNumberOfSlashes,uint8 validatorRewardPercentage,uint8 repairRewardPercentage,uint8 maxReservations,uint64 maxRequestDuration)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.period)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.timeout)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.minProofProbability,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxProofProbability,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.slashPercentage,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxNumberOfSlashes,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.validatorRewardPercentage,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.repairRewardPercentage,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxReservations,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxRequestDuration,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Config {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.period,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.timeout,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minProofProbability,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxProofProbability,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slashPercentage,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxNumberOfSlashes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validatorRewardPercentage,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.repairRewardPercentage,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxReservations,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxRequestDuration,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.period,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.timeout,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minProofProbability,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxProofProbability,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slashPercentage,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxNumberOfSlashes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validatorRewardPercentage,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.repairRewardPercentage,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxReservations,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxRequestDuration,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Content { bytes cid; bytes32 verifyRoot; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Content {
        #[allow(missing_docs)]
        pub cid: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub verifyRoot: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Bytes,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Bytes,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Content> for UnderlyingRustTuple<'_> {
            fn from(value: Content) -> Self {
                (value.cid, value.verifyRoot)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Content {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    cid: tuple.0,
                    verifyRoot: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Content {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Content {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.cid,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.verifyRoot),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Content {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Content {
            const NAME: &'static str = "Content";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Content(bytes cid,bytes32 verifyRoot)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.cid,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.verifyRoot)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Content {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.cid,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.verifyRoot,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.cid,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.verifyRoot,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Request { address client; Ask ask; Content content; uint64 expiry; bytes32 nonce; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Request {
        #[allow(missing_docs)]
        pub client: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ask: <Ask as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub content: <Content as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiry: u64,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            Ask,
            Content,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            <Ask as alloy::sol_types::SolType>::RustType,
            <Content as alloy::sol_types::SolType>::RustType,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Request> for UnderlyingRustTuple<'_> {
            fn from(value: Request) -> Self {
                (value.client, value.ask, value.content, value.expiry, value.nonce)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Request {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    client: tuple.0,
                    ask: tuple.1,
                    content: tuple.2,
                    expiry: tuple.3,
                    nonce: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Request {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Request {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.client,
                    ),
                    <Ask as alloy_sol_types::SolType>::tokenize(&self.ask),
                    <Content as alloy_sol_types::SolType>::tokenize(&self.content),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Request {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Request {
            const NAME: &'static str = "Request";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Request(address client,Ask ask,Content content,uint64 expiry,bytes32 nonce)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                let mut components = alloy_sol_types::private::Vec::with_capacity(2);
                components.push(<Ask as alloy_sol_types::SolStruct>::eip712_root_type());
                components
                    .extend(<Ask as alloy_sol_types::SolStruct>::eip712_components());
                components
                    .push(<Content as alloy_sol_types::SolStruct>::eip712_root_type());
                components
                    .extend(
                        <Content as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.client,
                        )
                        .0,
                    <Ask as alloy_sol_types::SolType>::eip712_data_word(&self.ask).0,
                    <Content as alloy_sol_types::SolType>::eip712_data_word(
                            &self.content,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiry)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nonce)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Request {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.client,
                    )
                    + <Ask as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ask,
                    )
                    + <Content as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.content,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiry,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.nonce)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.client,
                    out,
                );
                <Ask as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ask,
                    out,
                );
                <Content as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.content,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiry,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nonce,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct RequestInfo { RequestState state; uint64 requestedAt; uint64 expiresAt; uint64 endsAt; uint64 startedAt; uint64 failedAt; uint64 slotsFilled; uint64 slotsFreed; bool clientWithdrawn; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestInfo {
        #[allow(missing_docs)]
        pub state: <RequestState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub requestedAt: u64,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub endsAt: u64,
        #[allow(missing_docs)]
        pub startedAt: u64,
        #[allow(missing_docs)]
        pub failedAt: u64,
        #[allow(missing_docs)]
        pub slotsFilled: u64,
        #[allow(missing_docs)]
        pub slotsFreed: u64,
        #[allow(missing_docs)]
        pub clientWithdrawn: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            RequestState,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <RequestState as alloy::sol_types::SolType>::RustType,
            u64,
            u64,
            u64,
            u64,
            u64,
            u64,
            u64,
            bool,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RequestInfo> for UnderlyingRustTuple<'_> {
            fn from(value: RequestInfo) -> Self {
                (
                    value.state,
                    value.requestedAt,
                    value.expiresAt,
                    value.endsAt,
                    value.startedAt,
                    value.failedAt,
                    value.slotsFilled,
                    value.slotsFreed,
                    value.clientWithdrawn,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestInfo {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    state: tuple.0,
                    requestedAt: tuple.1,
                    expiresAt: tuple.2,
                    endsAt: tuple.3,
                    startedAt: tuple.4,
                    failedAt: tuple.5,
                    slotsFilled: tuple.6,
                    slotsFreed: tuple.7,
                    clientWithdrawn: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for RequestInfo {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for RequestInfo {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <RequestState as alloy_sol_types::SolType>::tokenize(&self.state),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.endsAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.startedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.failedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotsFilled),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotsFreed),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.clientWithdrawn,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for RequestInfo {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for RequestInfo {
            const NAME: &'static str = "RequestInfo";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "RequestInfo(uint8 state,uint64 requestedAt,uint64 expiresAt,uint64 endsAt,uint64 startedAt,uint64 failedAt,uint64 slotsFilled,uint64 slotsFreed,bool clientWithdrawn)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <RequestState as alloy_sol_types::SolType>::eip712_data_word(
                            &self.state,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.requestedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.endsAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.startedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.failedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotsFilled)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotsFreed)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.clientWithdrawn,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for RequestInfo {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <RequestState as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.state,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requestedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.endsAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.startedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.failedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotsFilled,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotsFreed,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.clientWithdrawn,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <RequestState as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.state,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requestedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.endsAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.startedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.failedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotsFilled,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotsFreed,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.clientWithdrawn,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct SlotInfo { SlotState state; bytes32 requestId; uint64 slotIndex; address host; uint64 filledAt; uint8 missedProofs; uint256 collateral; uint256 repairReward; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlotInfo {
        #[allow(missing_docs)]
        pub state: <SlotState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub filledAt: u64,
        #[allow(missing_docs)]
        pub missedProofs: u8,
        #[allow(missing_docs)]
        pub collateral: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub repairReward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            SlotState,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <SlotState as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
            alloy::sol_types::private::Address,
            u64,
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SlotInfo> for UnderlyingRustTuple<'_> {
            fn from(value: SlotInfo) -> Self {
                (
                    value.state,
                    value.requestId,
                    value.slotIndex,
                    value.host,
                    value.filledAt,
                    value.missedProofs,
                    value.collateral,
                    value.repairReward,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlotInfo {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    state: tuple.0,
                    requestId: tuple.1,
                    slotIndex: tuple.2,
                    host: tuple.3,
                    filledAt: tuple.4,
                    missedProofs: tuple.5,
                    collateral: tuple.6,
                    repairReward: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for SlotInfo {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for SlotInfo {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <SlotState as alloy_sol_types::SolType>::tokenize(&self.state),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.filledAt),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.missedProofs),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.collateral),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.repairReward),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SlotInfo {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for SlotInfo {
            const NAME: &'static str = "SlotInfo";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "SlotInfo(uint8 state,bytes32 requestId,uint64 slotIndex,address host,uint64 filledAt,uint8 missedProofs,uint256 collateral,uint256 repairReward)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <SlotState as alloy_sol_types::SolType>::eip712_data_word(
                            &self.state,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.requestId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotIndex)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.host,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.filledAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.missedProofs)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.collateral)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.repairReward)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlotInfo {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <SlotState as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.state,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requestId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotIndex,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.host,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.filledAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.missedProofs,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.collateral,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.repairReward,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <SlotState as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.state,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requestId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotIndex,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.host,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.filledAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.missedProofs,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.collateral,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.repairReward,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IMarketplace`](self) contract instance.

See the [wrapper's documentation](`IMarketplaceInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IMarketplaceInstance<P, N> {
        IMarketplaceInstance::<P, N>::new(address, __provider)
    }
    /**A [`IMarketplace`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IMarketplace`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IMarketplaceInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IMarketplaceInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IMarketplaceInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IMarketplaceInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IMarketplace`](self) contract instance.

See the [wrapper's documentation](`IMarketplaceInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IMarketplaceInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IMarketplaceInstance<P, N> {
            IMarketplaceInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IMarketplaceInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IMarketplaceInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IMarketplace {
    type RequestState is uint8;
    type SlotState is uint8;
    struct Ask {
        uint64 slots;
        uint64 slotSize;
        uint64 duration;
        uint64 proofProbability;
        uint256 pricePerBytePerSecond;
        uint256 collateralPerByte;
        uint64 maxSlotLoss;
    }
    struct Config {
        uint64 period;
        uint64 timeout;
        uint64 minProofProbability;
        uint64 maxProofProbability;
        uint8 slashPercentage;
        uint8 maxNumberOfSlashes;
        uint8 validatorRewardPercentage;
        uint8 repairRewardPercentage;
        uint8 maxReservations;
        uint64 maxRequestDuration;
    }
    struct Content {
        bytes cid;
        bytes32 verifyRoot;
    }
    struct Request {
        address client;
        Ask ask;
        Content content;
        uint64 expiry;
        bytes32 nonce;
    }
    struct RequestInfo {
        RequestState state;
        uint64 requestedAt;
        uint64 expiresAt;
        uint64 endsAt;
        uint64 startedAt;
        uint64 failedAt;
        uint64 slotsFilled;
        uint64 slotsFreed;
        bool clientWithdrawn;
    }
    struct SlotInfo {
        SlotState state;
        bytes32 requestId;
        uint64 slotIndex;
        address host;
        uint64 filledAt;
        uint8 missedProofs;
        uint256 collateral;
        uint256 repairReward;
    }
}

interface Marketplace {
    struct Groth16Proof {
        uint256[2] a;
        uint256[2][2] b;
        uint256[2] c;
    }

    error AlreadyMarked(bytes32 slotId, uint256 period);
    error AlreadyReserved();
    error AlreadyWithdrawn(bytes32 requestId);
    error ChallengeNotReady(uint256 period);
    error InvalidConfig(string reason);
    error InvalidProof();
    error InvalidRequest(string reason);
    error InvalidRequestState(IMarketplace.RequestState state);
    error InvalidSlotIndex(uint64 slotIndex);
    error InvalidSlotState(IMarketplace.SlotState state);
    error NotAuthorized(address caller);
    error NotReserved();
    error PeriodNotEnded(uint256 period);
    error ProofAlreadySubmitted(bytes32 slotId, uint256 period);
    error ProofNotRequired(bytes32 slotId, uint256 period);
    error RequestExists(bytes32 requestId);
    error ReservationsFull();
    error SafeERC20FailedOperation(address token);
    error UnknownRequest(bytes32 requestId);
    error UnknownSlot(bytes32 slotId);
    error ValidationTimedOut(uint256 period);

    event FundsWithdrawn(bytes32 indexed requestId, address indexed client, IMarketplace.RequestState state, uint256 amount);
    event ProofMissed(bytes32 indexed slotId, uint256 indexed period, address indexed validator, uint256 slashed, uint256 reward);
    event ProofSubmitted(bytes32 indexed slotId, uint256 indexed period);
    event RandomnessCommitted(uint256 indexed period, uint256 blockNumber);
    event RequestFailed(bytes32 indexed requestId);
    event RequestStarted(bytes32 indexed requestId);
    event SlotAbandoned(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
    event SlotFilled(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 collateral, bool repair);
    event SlotFreed(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 repairReward);
    event SlotPaid(bytes32 indexed slotId, address indexed host, uint256 amount);
    event SlotReserved(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
    event StorageRequested(bytes32 indexed requestId, address indexed client, IMarketplace.Ask ask, uint64 expiresAt, uint256 price);

    constructor(address token_, address verifier_, IMarketplace.Config config_);

    function MAX_CID_LENGTH() external view returns (uint256);
    function MAX_PRICE() external view returns (uint256);
    function MAX_SLOTS() external view returns (uint64);
    function SNARK_SCALAR_FIELD() external view returns (uint256);
    function clientPayout(bytes32 requestId) external view returns (uint256);
    function commitRandomness() external;
    function config() external view returns (IMarketplace.Config memory);
    function currentPeriod() external view returns (uint256);
    function fillSlot(bytes32 requestId, uint64 slotIndex, Groth16Proof memory proof) external;
    function freeSlot(bytes32 id) external;
    function getActiveSlot(bytes32 id) external view returns (IMarketplace.Request memory request, uint64 slotIndex);
    function getChallenge(bytes32 id) external view returns (uint256);
    function getChallengeIn(bytes32 id, uint256 period) external view returns (uint256);
    function getHost(bytes32 id) external view returns (address);
    function getRequest(bytes32 requestId) external view returns (IMarketplace.Request memory);
    function getRequestInfo(bytes32 requestId) external view returns (IMarketplace.RequestInfo memory);
    function getReservations(bytes32 id) external view returns (address[] memory);
    function getSlot(bytes32 id) external view returns (IMarketplace.SlotInfo memory);
    function isProofRequired(bytes32 id) external view returns (bool required);
    function isProofRequiredIn(bytes32 id, uint256 period) external view returns (bool required);
    function markProofAsMissing(bytes32 id, uint256 period) external;
    function missingProofs(bytes32 id) external view returns (uint256);
    function periodEnd(uint256 period) external view returns (uint256);
    function periodSeed(uint256 period) external view returns (bytes32 seed, bool known, bool binding);
    function periodStart(uint256 period) external view returns (uint256);
    function proofReceived(bytes32 id, uint256 period) external view returns (bool);
    function requestState(bytes32 requestId) external view returns (IMarketplace.RequestState);
    function requestStorage(IMarketplace.Request memory request) external returns (bytes32 requestId);
    function reserveSlot(bytes32 requestId, uint64 slotIndex) external;
    function slotId(bytes32 requestId, uint64 slotIndex) external pure returns (bytes32);
    function slotPayout(bytes32 id) external view returns (uint256);
    function slotState(bytes32 id) external view returns (IMarketplace.SlotState);
    function slotStateAt(bytes32 requestId, uint64 slotIndex) external view returns (IMarketplace.SlotState);
    function submitProof(bytes32 id, Groth16Proof memory proof) external;
    function token() external view returns (address);
    function verifier() external view returns (address);
    function willProofBeRequired(bytes32 id) external view returns (bool required);
    function withdrawFunds(bytes32 requestId) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "verifier_",
        "type": "address",
        "internalType": "contract IStorageProofVerifier"
      },
      {
        "name": "config_",
        "type": "tuple",
        "internalType": "struct IMarketplace.Config",
        "components": [
          {
            "name": "period",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timeout",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "minProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "maxProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slashPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxNumberOfSlashes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validatorRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "repairRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxReservations",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxRequestDuration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "MAX_CID_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PRICE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_SLOTS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "SNARK_SCALAR_FIELD",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "clientPayout",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "commitRandomness",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "config",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.Config",
        "components": [
          {
            "name": "period",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timeout",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "minProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "maxProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slashPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxNumberOfSlashes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validatorRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "repairRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxReservations",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxRequestDuration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "currentPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "fillSlot",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "proof",
        "type": "tuple",
        "internalType": "struct Groth16Proof",
        "components": [
          {
            "name": "a",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          },
          {
            "name": "b",
            "type": "uint256[2][2]",
            "internalType": "uint256[2][2]"
          },
          {
            "name": "c",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "freeSlot",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getActiveSlot",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IMarketplace.Request",
        "components": [
          {
            "name": "client",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "ask",
            "type": "tuple",
            "internalType": "struct IMarketplace.Ask",
            "components": [
              {
                "name": "slots",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "slotSize",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "duration",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "proofProbability",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "pricePerBytePerSecond",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "collateralPerByte",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxSlotLoss",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "content",
            "type": "tuple",
            "internalType": "struct IMarketplace.Content",
            "components": [
              {
                "name": "cid",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "verifyRoot",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getChallenge",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getChallengeIn",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getHost",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.Request",
        "components": [
          {
            "name": "client",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "ask",
            "type": "tuple",
            "internalType": "struct IMarketplace.Ask",
            "components": [
              {
                "name": "slots",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "slotSize",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "duration",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "proofProbability",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "pricePerBytePerSecond",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "collateralPerByte",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxSlotLoss",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "content",
            "type": "tuple",
            "internalType": "struct IMarketplace.Content",
            "components": [
              {
                "name": "cid",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "verifyRoot",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRequestInfo",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.RequestInfo",
        "components": [
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum IMarketplace.RequestState"
          },
          {
            "name": "requestedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "endsAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "startedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "failedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slotsFilled",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slotsFreed",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "clientWithdrawn",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getReservations",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getSlot",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.SlotInfo",
        "components": [
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum IMarketplace.SlotState"
          },
          {
            "name": "requestId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "slotIndex",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "host",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "filledAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "missedProofs",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "collateral",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "repairReward",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isProofRequired",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "required",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isProofRequiredIn",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "required",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "markProofAsMissing",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "missingProofs",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "periodEnd",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "periodSeed",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "seed",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "known",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "binding",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "periodStart",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proofReceived",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requestState",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IMarketplace.RequestState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requestStorage",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IMarketplace.Request",
        "components": [
          {
            "name": "client",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "ask",
            "type": "tuple",
            "internalType": "struct IMarketplace.Ask",
            "components": [
              {
                "name": "slots",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "slotSize",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "duration",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "proofProbability",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "pricePerBytePerSecond",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "collateralPerByte",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxSlotLoss",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "content",
            "type": "tuple",
            "internalType": "struct IMarketplace.Content",
            "components": [
              {
                "name": "cid",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "verifyRoot",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reserveSlot",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slotId",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "slotPayout",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slotState",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IMarketplace.SlotState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slotStateAt",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IMarketplace.SlotState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "submitProof",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "proof",
        "type": "tuple",
        "internalType": "struct Groth16Proof",
        "components": [
          {
            "name": "a",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          },
          {
            "name": "b",
            "type": "uint256[2][2]",
            "internalType": "uint256[2][2]"
          },
          {
            "name": "c",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "verifier",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IStorageProofVerifier"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "willProofBeRequired",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "required",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawFunds",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "FundsWithdrawn",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "client",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "state",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IMarketplace.RequestState"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProofMissed",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "validator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "slashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProofSubmitted",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessCommitted",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestFailed",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestStarted",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotAbandoned",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotFilled",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "collateral",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "repair",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotFreed",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "repairReward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotPaid",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotReserved",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StorageRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "client",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "ask",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IMarketplace.Ask",
        "components": [
          {
            "name": "slots",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slotSize",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "duration",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "proofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "pricePerBytePerSecond",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "collateralPerByte",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "maxSlotLoss",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "price",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AlreadyMarked",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyReserved",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AlreadyWithdrawn",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChallengeNotReady",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidConfig",
    "inputs": [
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidProof",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidRequest",
    "inputs": [
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidRequestState",
    "inputs": [
      {
        "name": "state",
        "type": "uint8",
        "internalType": "enum IMarketplace.RequestState"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSlotIndex",
    "inputs": [
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSlotState",
    "inputs": [
      {
        "name": "state",
        "type": "uint8",
        "internalType": "enum IMarketplace.SlotState"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAuthorized",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotReserved",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PeriodNotEnded",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ProofAlreadySubmitted",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ProofNotRequired",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RequestExists",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReservationsFull",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownSlot",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ValidationTimedOut",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Marketplace {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610200604052348015610010575f5ffd5b50604051615a54380380615a5483398101604081905261002f91610550565b6001600160a01b03831661007b576040516389a6198960e01b815260206004820152600d60248201526c746f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b6001600160a01b0382166100c5576040516389a6198960e01b815260206004820152601060248201526f7665726966696572206973207a65726f60801b6044820152606401610072565b80516001600160401b03165f03610110576040516389a6198960e01b815260206004820152600e60248201526d706572696f64206973207a65726f60901b6044820152606401610072565b80602001516001600160401b03165f0361015f576040516389a6198960e01b815260206004820152600f60248201526e74696d656f7574206973207a65726f60881b6044820152606401610072565b60408101516001600160401b03161580610192575080606001516001600160401b031681604001516001600160401b0316115b156101e0576040516389a6198960e01b815260206004820152601860248201527f70726f6f662070726f626162696c69747920626f756e647300000000000000006044820152606401610072565b8060a0015160ff165f03610237576040516389a6198960e01b815260206004820152601a60248201527f6d61784e756d6265724f66536c6173686573206973207a65726f0000000000006044820152606401610072565b60648160a0015160ff16826080015160ff166102539190610669565b11156102a2576040516389a6198960e01b815260206004820152601d60248201527f736c6173686573206578636565642074686520636f6c6c61746572616c0000006044820152606401610072565b8060a0015160ff16816080015160ff166102bc9190610669565b6102c7906064610686565b8160e0015160ff161115610338576040516389a6198960e01b815260206004820152603160248201527f7265706169722072657761726420657863656564732077686174206973206c65604482015270667420616674657220736c617368696e6760781b6064820152608401610072565b60648160c0015160ff161115610391576040516389a6198960e01b815260206004820152601a60248201527f76616c696461746f7220726577617264206f76657220313030250000000000006044820152606401610072565b80610100015160ff165f036103e9576040516389a6198960e01b815260206004820152601760248201527f6d61785265736572766174696f6e73206973207a65726f0000000000000000006044820152606401610072565b8061012001516001600160401b03165f03610447576040516389a6198960e01b815260206004820152601a60248201527f6d6178526571756573744475726174696f6e206973207a65726f0000000000006044820152606401610072565b6001600160a01b0392831660809081529190921660a090815282516001600160401b0390811660c09081526020850151821660e090815260408601518316610100908152606087015184166101209081529587015160ff90811661014052948701518516610160529186015184166101805285015183166101a0528401519091166101c052910151166101e052610699565b6001600160a01b03811681146104ed575f5ffd5b50565b60405161014081016001600160401b038111828210171561051f57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b038116811461053b575f5ffd5b919050565b805160ff8116811461053b575f5ffd5b5f5f5f838503610180811215610564575f5ffd5b845161056f816104d9565b6020860151909450610580816104d9565b9250610140603f1982011215610594575f5ffd5b5061059d6104f0565b6105a960408601610525565b81526105b760608601610525565b60208201526105c860808601610525565b60408201526105d960a08601610525565b60608201526105ea60c08601610540565b60808201526105fb60e08601610540565b60a082015261060d6101008601610540565b60c082015261061f6101208601610540565b60e08201526106316101408601610540565b6101008201526106446101608601610525565b610120820152809150509250925092565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761068057610680610655565b92915050565b8181038181111561068057610680610655565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516152a56107af5f395f81816106f3015261327001525f81816106ca015261140501525f81816106a10152612c1a01525f81816106780152610d8a01525f818161064f0152610e9901525f81816106260152610d3901525f81816105f6015261342d01525f81816105c601526133e101525f818161059601528181610b4801528181611c7a015261218401525f8181610566015281816127f601528181612bab0152613f2701525f81816103aa0152612af301525f818161088001528181610efb01528181611398015281816119ed01528181611dd001528181613e1f0152613ef101526152a55ff3fe608060405234801561000f575f5ffd5b5060043610610281575f3560e01c80636e2b54ee11610157578063b396dc79116100d2578063df3c416711610088578063f752196b1161006e578063f752196b14610829578063fb1e61ca1461085b578063fc0c546a1461087b575f5ffd5b8063df3c41671461080e578063f3b8bd5e14610816575f5ffd5b8063be5cdc48116100b8578063be5cdc48146107c6578063c0cc4add146107d9578063c0f3f2e9146107ec575f5ffd5b8063b396dc7914610792578063b7c1b4f0146107b3575f5ffd5b806382d67e5a11610127578063a36f12551161010d578063a36f125514610764578063a3a0807e14610777578063a82da60d1461078a575f5ffd5b806382d67e5a14610731578063a29c29a414610751575f5ffd5b80636e2b54ee146104b2578063748de917146104c557806375710579146104e557806379502c5514610505575f5ffd5b806325c2cd121161020157806342656f66116101b75780635f3502131161019d5780635f350213146104475780636317e00b1461045a5780636b00c8cf1461047a575f5ffd5b806342656f6614610404578063458d2bf114610434575f5ffd5b8063278a3caf116101e7578063278a3caf146103825780632b7ac3f3146103a557806339311ef4146103f1575f5ffd5b806325c2cd121461034857806327614ec41461036f575f5ffd5b8063060406181161025657806308695fcd1161023c57806308695fcd1461030f5780630d283a82146103225780631282760214610335575f5ffd5b806306040618146102f2578063068edcda146102fa575f5ffd5b8062eff78314610285578062f74588146102ab57806301c11d96146102be57806305b90773146102d2575b5f5ffd5b610298610293366004614369565b6108a2565b6040519081526020015b60405180910390f35b6102986102b9366004614389565b6108b6565b6102986c0100000000000000000000000081565b6102e56102e0366004614389565b610923565b6040516102a291906143e1565b610298610939565b61030d610308366004614406565b610947565b005b61030d61031d366004614369565b610acf565b610298610330366004614432565b610f2d565b61030d61034336600461448a565b6113ca565b6102987f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b61029861037d366004614389565b611576565b610395610390366004614369565b611580565b60405190151581526020016102a2565b6103cc7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016102a2565b61030d6103ff3660046144b8565b6115ac565b610417610412366004614389565b611a25565b6040805193845291151560208401521515908201526060016102a2565b610298610442366004614389565b611a3f565b61029861045536600461448a565b611a51565b61046d610468366004614389565b611a5c565b6040516102a29190614505565b6103cc610488366004614389565b5f9081526002602052604090206001015473ffffffffffffffffffffffffffffffffffffffff1690565b61030d6104c0366004614389565b611b75565b6104d86104d3366004614389565b611dfd565b6040516102a29190614599565b6104f86104f336600461448a565b611e73565b6040516102a291906145f1565b61072460408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091526040518061014001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16815250905090565b6040516102a291906145ff565b61074461073f366004614389565b611ee6565b6040516102a291906146ee565b61030d61075f366004614389565b612023565b610298610772366004614389565b612213565b610395610785366004614389565b61221d565b610298608081565b6107a56107a0366004614389565b612241565b6040516102a29291906148f2565b6102986107c1366004614389565b612420565b6104f86107d4366004614389565b61247c565b6103956107e7366004614389565b6124b0565b6107f561010081565b60405167ffffffffffffffff90911681526020016102a2565b61030d6124bd565b610395610824366004614369565b612503565b610298610837366004614389565b5f908152600260208190526040909120015468010000000000000000900460ff1690565b61086e610869366004614389565b612516565b6040516102a2919061491d565b6103cc7f000000000000000000000000000000000000000000000000000000000000000081565b5f6108ad83836126c5565b90505b92915050565b5f81815260026020819052604082209060028201546901000000000000000000900460ff1660078111156108ec576108ec6143a0565b146108f957505f92915050565b80545f90815260016020526040902061091b8183610916826126f8565b612795565b949350505050565b5f8181526001602052604081206108b0906126f8565b5f6109426127e7565b905090565b5f6109518361281c565b80545f90815260016020526040902090915061096b612869565b5f6109746127e7565b5f868152600460209081526040808320600885901c845290915290205490915060ff82161c600116156109e2576040517fb17770b300000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044015b60405180910390fd5b5f5f6109f084868986612890565b9150915081610a35576040517f408df01900000000000000000000000000000000000000000000000000000000815260048101889052602481018490526044016109d9565b610a7486610a43838a612a34565b6004870154600189015474010000000000000000000000000000000000000000900467ffffffffffffffff16612a94565b5f878152600460209081526040808320600887901c84529091528082208054600160ff88161b17905551849189917f3c0e85acf452e867ee09c9151d2cf45fe6d6a729271347e89a9a6b91b081f31d9190a350505050505050565b5f610ad98361281c565b80545f908152600160205260409020909150610af36127e7565b8310610b2e576040517f835cda29000000000000000000000000000000000000000000000000000000008152600481018490526024016109d9565b5f610b3884612b9f565b9050610b6e67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168261495c565b4210610ba9576040517f7b3c3294000000000000000000000000000000000000000000000000000000008152600481018590526024016109d9565b5f858152600460209081526040808320600888901c845290915290205460ff85161c60011615610c0f576040517fb17770b300000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016109d9565b5f85815260056020908152604080832087845290915290205460ff1615610c6c576040517fdca21ba000000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016109d9565b610c74612869565b5f5f610c8284868989612890565b9150915081610cc7576040517f408df01900000000000000000000000000000000000000000000000000000000815260048101889052602481018790526044016109d9565b5f86815260076020526040902054610cea575f8681526007602052604090208190555b5f878152600560209081526040808320898452909152812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556006850154606490610d61907f000000000000000000000000000000000000000000000000000000000000000060ff169061496f565b610d6b91906149b3565b90508560030154811115610d80575060038501545b5f6064610db060ff7f0000000000000000000000000000000000000000000000000000000000000000168461496f565b610dba91906149b3565b905081876003015f828254610dcf91906149c6565b90915550610ddf905081836149c6565b866008015f828254610df1919061495c565b909155505060028701805460019190600890610e1d90849068010000000000000000900460ff166149d9565b92506101000a81548160ff021916908360ff1602179055503373ffffffffffffffffffffffffffffffffffffffff16888a7fe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd8585604051610e88929190918252602082015260400190565b60405180910390a4600287015460ff7f00000000000000000000000000000000000000000000000000000000000000008116680100000000000000009092041610610edb57610edb8688895f0154612be0565b8015610f2257610f2273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383612fa5565b505050505050505050565b5f610f378261302b565b81604051602001610f489190614ab4565b60408051601f1981840301815291815281516020928301205f818152600190935290822090925090815460ff166005811115610f8657610f866143a0565b14610fc0576040517fa4a99c61000000000000000000000000000000000000000000000000000000008152600481018390526024016109d9565b610fc8612869565b602083015f60a0850135610fe26060870160408801614bff565b67ffffffffffffffff16610ff6919061496f565b90505f6110066020840184614bff565b67ffffffffffffffff166110206060850160408601614bff565b6110349067ffffffffffffffff168461496f565b61103e919061496f565b5f8681526020819052604090209091504290879061105c8282614ea6565b5050845467ffffffffffffffff821662010000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff009091161760011785556110ac61014088016101208901614bff565b6110b69082615104565b855467ffffffffffffffff919091166a0100000000000000000000027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff9091161785556111096060850160408601614bff565b6111139082615104565b855467ffffffffffffffff919091167201000000000000000000000000000000000000027fffffffffffff0000000000000000ffffffffffffffffffffffffffffffffffff90911617855561116b6020850185614bff565b6002860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556111b660e0850160c08601614bff565b60028601805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905561120e6080850160608601614bff565b60028601805467ffffffffffffffff92909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff90921691909117905561126b6020880188615124565b6003860180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556112c0610100880188614c26565b60209081013560048701556005860184905560a0850135906112e89060408701908701614bff565b67ffffffffffffffff166112fc919061496f565b6006860155600885018290556113156020880188615124565b73ffffffffffffffffffffffffffffffffffffffff16867fa0f8d354e6a897b29de3ffa6d4611b40e05e02be5e578df72c4278437460804886885f01600a9054906101000a900467ffffffffffffffff16866040516113769392919061513f565b60405180910390a36113c073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633308561370c565b5050505050919050565b5f6113d483613752565b90505f5f6113e38585856137b0565b915091506113f183826138c0565b505f828152600360205260409020805460ff7f000000000000000000000000000000000000000000000000000000000000000016811061145d576040517f672dca1500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b818110156114f0573373ffffffffffffffffffffffffffffffffffffffff168382815481106114905761149061516a565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff16036114e8576040517f87b34a0600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60010161145f565b506114f9612869565b81546001810183555f8381526020812090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633908117909155604051909167ffffffffffffffff8916918a917fcd5d122aa246ae3e098eeae86c6f19870c950cfbfacf43ccbcf914a9f7e4298a91a450505050505050565b5f6108b082612b9f565b5f828152600460209081526040808320600885901c845290915281205460ff83161c60011615156108ad565b5f6115b684613752565b90505f5f6115c58686856137b0565b915091505f6115d484836138c0565b5f8481526003602052604090208054919250908015611692575f805b82811015611658573373ffffffffffffffffffffffffffffffffffffffff168482815481106116215761162161516a565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff16036116505760019150611658565b6001016115f0565b5080611690576040517f81fdcd7e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b61169a612869565b5f6116a36127e7565b90505f5f6116b0836139f8565b5091509150806116ef576040517fc7234db2000000000000000000000000000000000000000000000000000000008152600481018490526024016109d9565b6117088a6116fd848b612a34565b8b600401548e612a94565b60068901546001880180547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317905560028801805467ffffffffffffffff429081167fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090921691909117690200000000000000000017909155600389018290559085156117a7575f8a81526003602052604081206117a7916142bc565b60018b810180546010906117da908490700100000000000000000000000000000000900467ffffffffffffffff16615104565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508167ffffffffffffffff168b6007015f82825461181d919061495c565b925050819055503373ffffffffffffffffffffffffffffffffffffffff168d67ffffffffffffffff168f7fc212a62354384ab4f827252941f6f8a31432bc233e552f649008d638532c4329848c6040516118839291909182521515602082015260400190565b60405180910390a487156119145760018b810180546018906118cc9084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16615197565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555088600401548b6009015f82825461190991906149c6565b909155506119d39050565b60028b015460018c015467ffffffffffffffff918216700100000000000000000000000000000000909104909116106119d3578a547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166002178b5560018b01805467ffffffffffffffff84167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000009091161790556040518e907fb8bfe4ee9bf646eaec6391ae7bb765f848a10dabf80654cdcd1da215901b6914905f90a25b611a1573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633308461370c565b5050505050505050505050505050565b5f5f5f611a31846139f8565b9250925092505b9193909250565b5f6108b082611a4c6127e7565b6126c5565b5f6108ad8383613ae9565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905290611aa58361281c565b9050604051806101000160405280611ad060015f855f015481526020019081526020015f2084613b2e565b6007811115611ae157611ae16143a0565b815282546020820152600183015467ffffffffffffffff7401000000000000000000000000000000000000000082048116604084015273ffffffffffffffffffffffffffffffffffffffff90911660608301526002840154908116608083015260ff680100000000000000009091041660a0820152600383015460c082015260049092015460e09092019190915292915050565b5f611b7f82613752565b600381015490915073ffffffffffffffffffffffffffffffffffffffff163314611bd7576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081523360048201526024016109d9565b5f611be1826126f8565b90506001816005811115611bf757611bf76143a0565b1480611c1457506002816005811115611c1257611c126143a0565b145b15611c4d57806040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b6004816005811115611c6157611c616143a0565b148015611cbc57508154611cb89067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691720100000000000000000000000000000000000090041661495c565b4211155b15611cf65760026040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b8154610100900460ff1615611d3a576040517fc4e4c7d9000000000000000000000000000000000000000000000000000000008152600481018490526024016109d9565b5f611d458383613c04565b83547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100178455604051909150339085907f153c2cd6ce291a0615516fae8ebb447d7d358491eeefe54fdf184d05637f544390611da890869086906151b7565b60405180910390a38015611df757611df773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383612fa5565b50505050565b5f81815260036020908152604091829020805483518184028101840190945280845260609392830182828015611e6757602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611e3c575b50505050509050919050565b5f82815260016020526040812081815460ff166005811115611e9757611e976143a0565b1480611eb55750600281015467ffffffffffffffff90811690841610155b15611ec3575f9150506108b0565b61091b8160025f611ed48888613ae9565b81526020019081526020015f20613b2e565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905290611f3783613752565b9050604051806101200160405280611f4e836126f8565b6005811115611f5f57611f5f6143a0565b8152825467ffffffffffffffff620100008204811660208401526a010000000000000000000082048116604084015272010000000000000000000000000000000000008204811660608401526001909401548085166080840152680100000000000000008104851660a08401527001000000000000000000000000000000008104851660c08401527801000000000000000000000000000000000000000000000000900490931660e082015260ff6101009384900416151592019190915292915050565b5f61202d8261281c565b600181015490915073ffffffffffffffffffffffffffffffffffffffff163314612085576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081523360048201526024016109d9565b80545f8181526001602052604081209061209e826126f8565b905060018160058111156120b4576120b46143a0565b036120c9576120c4828585613c7e565b61220c565b60028160058111156120dd576120dd6143a0565b036120f5576120ea612869565b6120c4828585612be0565b600560028501546901000000000000000000900460ff16600781111561211d5761211d6143a0565b036121575760056040517fd7f0e3080000000000000000000000000000000000000000000000000000000081526004016109d991906145f1565b600481600581111561216b5761216b6143a0565b1480156121c6575081546121c29067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691720100000000000000000000000000000000000090041661495c565b4211155b156122005760026040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b61220c82858784613e46565b5050505050565b5f6108b082613f18565b5f61223a8261222a6127e7565b61223590600161495c565b613f4d565b5092915050565b6122496142d7565b5f5f6122548461281c565b80545f9081526020818152604091829020600180850154845160a08082018752845473ffffffffffffffffffffffffffffffffffffffff168252865160e0810188529385015467ffffffffffffffff808216865268010000000000000000820481168689015270010000000000000000000000000000000082048116868a0152780100000000000000000000000000000000000000000000000090910481166060860152600286015460808601526003860154918501919091526004850154811660c0850152948101929092528451808601865260058401805497985093967401000000000000000000000000000000000000000090920490941694919386939285019290918290829061236790614cc3565b80601f016020809104026020016040519081016040528092919081815260200182805461239390614cc3565b80156123de5780601f106123b5576101008083540402835291602001916123de565b820191905f5260205f20905b8154815290600101906020018083116123c157829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff1690820152600890910154604090910152969095509350505050565b5f81815260016020526040812081815460ff166005811115612444576124446143a0565b148061245657508054610100900460ff165b1561246357505f92915050565b61247581612470836126f8565b613c04565b9392505050565b5f818152600260205260408120805461249757505f92915050565b80545f9081526001602052604090206124759082613b2e565b5f61223a826122356127e7565b6124c5612869565b5f6124ce6127e7565b905080156124e9576124e96124e46001836149c6565b613f97565b6124f281613f97565b6125006124e482600161495c565b50565b5f61250e8383613f4d565b509392505050565b61251e6142d7565b61252782613752565b505f8281526020818152604091829020825160a08082018552825473ffffffffffffffffffffffffffffffffffffffff168252845160e081018652600184015467ffffffffffffffff8082168352680100000000000000008204811683880152700100000000000000000000000000000000820481168389015278010000000000000000000000000000000000000000000000009091048116606083015260028501546080830152600385015492820192909252600484015490911660c0820152928101929092528251808401845260058201805493949293928501928290829061261190614cc3565b80601f016020809104026020016040519081016040528092919081815260200182805461263d90614cc3565b80156126885780601f1061265f57610100808354040283529160200191612688565b820191905f5260205f20905b81548152906001019060200180831161266b57829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff169082015260089091015460409091015292915050565b5f5f5f6126d1846139f8565b5091509150806126e5575f925050506108b0565b6126ef8286612a34565b95945050505050565b80545f9060ff166001816005811115612713576127136143a0565b148015612738575082546a0100000000000000000000900467ffffffffffffffff1642115b156127465750600392915050565b600281600581111561275a5761275a6143a0565b148015612787575082547201000000000000000000000000000000000000900467ffffffffffffffff1642115b156108b05750600492915050565b60028201545f9067ffffffffffffffff166127b08584613fd5565b6127ba91906149c6565b84600501546127c9919061496f565b836004015484600301546127dd919061495c565b61091b919061495c565b5f61094267ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016426149b3565b5f8181526002602052604090208054612864576040517fb26dbc2f000000000000000000000000000000000000000000000000000000008152600481018390526024016109d9565b919050565b5f6128726127e7565b905061287d8161406f565b61250061288b82600161495c565b61406f565b5f806002865460ff1660058111156128aa576128aa6143a0565b1415806128dc57506002808601546901000000000000000000900460ff1660078111156128d9576128d96143a0565b14155b156128eb57505f905080612a2b565b6128f36127e7565b6128fe90600161495c565b83111561290f57505f905080612a2b565b5f61291984613f18565b600188015490915067ffffffffffffffff168110806129455750600286015467ffffffffffffffff1681105b80612978575086547201000000000000000000000000000000000000900467ffffffffffffffff1661297685612b9f565b115b1561298957505f9150819050612a2b565b5f5f5f612995876139f8565b9250925092508115806129a6575080155b156129bb57505f9450849350612a2b92505050565b5f6129c6848a612a34565b6040516020016129d891815260200190565b60408051808303601f19018152919052805160209091012060028c0154909150612a2090700100000000000000000000000000000000900467ffffffffffffffff16826151d2565b159650929450505050505b94509492505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018383604051602001612a72929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c6108ad91906151d2565b604080516060810182528481526020810184905267ffffffffffffffff83168183015290517f30983e9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906330983e9290612b2a90889085906004016151e5565b602060405180830381865afa158015612b45573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b699190615259565b61220c576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016612bd683600161495c565b6108b0919061496f565b60018201546004830154600384015473ffffffffffffffffffffffffffffffffffffffff909216915f91612c139161495c565b90505f60647f000000000000000000000000000000000000000000000000000000000000000060ff168760060154612c4b919061496f565b612c5591906149b3565b905081811115612c625750805b60018681018054601090612c95908490700100000000000000000000000000000000900467ffffffffffffffff16615197565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550846002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16866007015f828254612cef91906149c6565b909155505060018681018054601890612d2f9084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16615104565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508082612d6191906149c6565b866008015f828254612d73919061495c565b9250508190555080866009015f828254612d8d919061495c565b90915550506001850180547fffffffffffffffffffffffff000000000000000000000000000000000000000016908190556002860180545f6003890155600488018490557fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000016690700000000000000000017905560408051838152905173ffffffffffffffffffffffffffffffffffffffff86169274010000000000000000000000000000000000000000900467ffffffffffffffff169187917fda720d31b138c4ca4c5ed18cacf9e38de9b3ef65e7f10eb40fc7753dd03f26759181900360200190a46002865460ff166005811115612e8957612e896143a0565b148015612ed45750600286015460018701546801000000000000000090910467ffffffffffffffff908116780100000000000000000000000000000000000000000000000090920416115b8015612f01575085547201000000000000000000000000000000000000900467ffffffffffffffff164211155b15612f9d5785547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600517865560018601805467ffffffffffffffff421668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90911617905560405184907f4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02905f90a25b505050505050565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261302691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614119565b505050565b602081013361303a8284615124565b73ffffffffffffffffffffffffffffffffffffffff1614613089576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081523360048201526024016109d9565b6130966020820182614bff565b67ffffffffffffffff1615806130c357506101006130b76020830183614bff565b67ffffffffffffffff16115b1561312a576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f736c6f747300000000000000000000000000000000000000000000000000000060448201526064016109d9565b6131376020820182614bff565b67ffffffffffffffff1661315160e0830160c08401614bff565b67ffffffffffffffff16106131c2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6d6178536c6f744c6f737300000000000000000000000000000000000000000060448201526064016109d9565b6131d26040820160208301614bff565b67ffffffffffffffff165f03613244576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f736c6f7453697a6500000000000000000000000000000000000000000000000060448201526064016109d9565b6132546060820160408301614bff565b67ffffffffffffffff1615806132ac575067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166132a06060830160408401614bff565b67ffffffffffffffff16115b15613313576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6475726174696f6e00000000000000000000000000000000000000000000000060448201526064016109d9565b61332561014083016101208401614bff565b67ffffffffffffffff16158061336f57506133466060820160408301614bff565b67ffffffffffffffff1661336261014084016101208501614bff565b67ffffffffffffffff1610155b156133d6576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f657870697279000000000000000000000000000000000000000000000000000060448201526064016109d9565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166134116080830160608401614bff565b67ffffffffffffffff161080613469575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661345d6080830160608401614bff565b67ffffffffffffffff16115b156134d0576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f70726f6f6650726f626162696c6974790000000000000000000000000000000060448201526064016109d9565b608081013515806134f257506c01000000000000000000000000816080013510155b15613559576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f7072696365506572427974655065725365636f6e64000000000000000000000060448201526064016109d9565b60a0810135158061357b57506c010000000000000000000000008160a0013510155b156135e2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601160248201527f636f6c6c61746572616c5065724279746500000000000000000000000000000060448201526064016109d9565b5f6135f1610100840184614c26565b6135fb9080614c62565b91505080158061360b5750608081115b15613672576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f636964000000000000000000000000000000000000000000000000000000000060448201526064016109d9565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016136a1610100850185614c26565b6020013510613026576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f766572696679526f6f740000000000000000000000000000000000000000000060448201526064016109d9565b60405173ffffffffffffffffffffffffffffffffffffffff8481166024830152838116604483015260648201839052611df79186918216906323b872dd90608401612fdf565b5f81815260016020526040812090815460ff166005811115613776576137766143a0565b03612864576040517f7bbe34c9000000000000000000000000000000000000000000000000000000008152600481018390526024016109d9565b60028101545f90819067ffffffffffffffff9081169085161061380b576040517f17bc32db00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016109d9565b6138158585613ae9565b5f818152600260205260409020805491935091506138b857848155600180820180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8816021790556002820180547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669010000000000000000008302179055505b935093915050565b5f5f6138cb846126f8565b60028401549091506901000000000000000000900460ff1660018260058111156138f7576138f76143a0565b03613953576001816007811115613910576139106143a0565b1461394957806040517fd7f0e3080000000000000000000000000000000000000000000000000000000081526004016109d991906145f1565b5f925050506108b0565b6002826005811115613967576139676143a0565b036139c4576007816007811115613980576139806143a0565b146139b957806040517fd7f0e3080000000000000000000000000000000000000000000000000000000081526004016109d991906145f1565b6001925050506108b0565b816040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b5f81815260066020526040812080548291829167ffffffffffffffff1615801590613a415750613a2785613f18565b815468010000000000000000900467ffffffffffffffff16105b5f86815260076020526040902054945091508315613a63575060019150611a38565b805467ffffffffffffffff16801580613a7c5750438110155b15613a8f57505f9350839250611a389050565b5f613a99826141b8565b905080613aaf57505f9450849350611a38915050565b6040805160208101839052908101889052606001604051602081830303815290604052805190602001206001955095505050509193909250565b5f8282604051602001613b1092919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905092915050565b5f600560028301546901000000000000000000900460ff166007811115613b5757613b576143a0565b03613b64575060056108b0565b5f613b6e846126f8565b90506003816005811115613b8457613b846143a0565b03613b935760069150506108b0565b6005816005811115613ba757613ba76143a0565b03613bb65760049150506108b0565b6004816005811115613bca57613bca6143a0565b03613bd95760039150506108b0565b8254613be95760019150506108b0565b5050600201546901000000000000000000900460ff16919050565b600782015460018301545f918291700100000000000000000000000000000000900467ffffffffffffffff16613c3a8686613fd5565b613c44919061496f565b613c4e91906149c6565b8460050154613c5d919061496f565b90508084600901548560080154613c74919061495c565b61091b91906149c6565b6001828101546003840154858301805473ffffffffffffffffffffffffffffffffffffffff909316939192601090613cd5908490700100000000000000000000000000000000900467ffffffffffffffff16615197565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550836002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16856007015f828254613d2f91906149c6565b90915550506001840180547fffffffffffffffffffffffff000000000000000000000000000000000000000016908190556002850180545f600388018190557fffffffffffffffffffffffffffffffffffffffffffff00ff000000000000000090911669010000000000000000001790915560405173ffffffffffffffffffffffffffffffffffffffff85169274010000000000000000000000000000000000000000900467ffffffffffffffff169186917ff186f84f6208b21d0b91c9d5d68111f881618fb65aad9a153e5083a8d7ec04e09190a461220c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168383612fa5565b5f613e52858584612795565b60028501805469050000000000000000007fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff9091161790555f600386018190556004860155604051818152909150339084907fae743959155d26834a1eab52f61cf24a69645733bda1f49a220c4bafa88107519060200160405180910390a3801561220c5761220c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383612fa5565b5f6108b067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361496f565b5f8281526002602052604081208054829190613f6f57505f9150819050613f90565b80545f908152600160205260409020613f8a90828787612890565b92509250505b9250929050565b5f8181526007602052604090205415613fad5750565b5f5f613fb8836139f8565b5091509150801561302657505f9182526007602052604090912055565b5f6003826005811115613fea57613fea6143a0565b0361400f575081546a0100000000000000000000900467ffffffffffffffff166108b0565b6005826005811115614023576140236143a0565b036140495750600182015468010000000000000000900467ffffffffffffffff166108b0565b5050547201000000000000000000000000000000000000900467ffffffffffffffff1690565b5f818152600660205260409020805467ffffffffffffffff1615614091575050565b80544267ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909216439182161791909117825560405183917f7533b1b4824739aa6ccaa9fe69ebabf7cd867b3c42f18208b088f10a2ebf51c99161410d91815260200190565b60405180910390a25050565b5f5f60205f8451602086015f885af180614138576040513d5f823e3d81fd5b50505f513d9150811561414f578060011415614169565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15611df7576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016109d9565b5f6101006141c683436149c6565b116141d057504090565b71f90827f1c53a10cb7a02335b1753200029353b5f036141f157505f919050565b5f5f71f90827f1c53a10cb7a02335b17532000293573ffffffffffffffffffffffffffffffffffffffff168460405160200161422f91815260200190565b60408051601f198184030181529082905261424991615278565b5f60405180830381855afa9150503d805f8114614281576040519150601f19603f3d011682016040523d82523d5f602084013e614286565b606091505b509150915081158061429a57508051602014155b156142a857505f9392505050565b8080602001905181019061091b919061528e565b5080545f8255905f5260205f20908101906125009190614351565b6040805160a080820183525f808352835160e0810185528181526020818101839052948101829052606081018290526080810182905291820181905260c08201529091820190815260200161433e6040518060400160405280606081526020015f81525090565b81525f6020820181905260409091015290565b5b80821115614365575f8155600101614352565b5090565b5f5f6040838503121561437a575f5ffd5b50508035926020909101359150565b5f60208284031215614399575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600681106143dd576143dd6143a0565b9052565b602081016108b082846143cd565b5f6101008284031215614400575f5ffd5b50919050565b5f5f6101208385031215614418575f5ffd5b8235915061442984602085016143ef565b90509250929050565b5f60208284031215614442575f5ffd5b813567ffffffffffffffff811115614458575f5ffd5b82016101608185031215612475575f5ffd5b67ffffffffffffffff81168114612500575f5ffd5b80356128648161446a565b5f5f6040838503121561449b575f5ffd5b8235915060208301356144ad8161446a565b809150509250929050565b5f5f5f61014084860312156144cb575f5ffd5b8335925060208401356144dd8161446a565b91506144ec85604086016143ef565b90509250925092565b600881106143dd576143dd6143a0565b5f610100820190506145188284516144f5565b6020830151602083015267ffffffffffffffff604084015116604083015273ffffffffffffffffffffffffffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015260a083015161457e60a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b818110156145e657835173ffffffffffffffffffffffffffffffffffffffff168352602093840193909201916001016145b2565b509095945050505050565b602081016108b082846144f5565b815167ffffffffffffffff1681526101408101602083015161462d602084018267ffffffffffffffff169052565b506040830151614649604084018267ffffffffffffffff169052565b506060830151614665606084018267ffffffffffffffff169052565b50608083015161467a608084018260ff169052565b5060a083015161468f60a084018260ff169052565b5060c08301516146a460c084018260ff169052565b5060e08301516146b960e084018260ff169052565b506101008301516146d061010084018260ff169052565b5061012083015161223a61012084018267ffffffffffffffff169052565b5f610120820190506147018284516143cd565b67ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151614744606084018267ffffffffffffffff169052565b506080830151614760608084018267ffffffffffffffff169052565b5060a083015161477c60a084018267ffffffffffffffff169052565b5060c083015161479860c084018267ffffffffffffffff169052565b5060e08301516147b460e084018267ffffffffffffffff169052565b5061010083015161223a61010084018215159052565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b73ffffffffffffffffffffffffffffffffffffffff81511682525f602082015167ffffffffffffffff815116602085015267ffffffffffffffff602082015116604085015267ffffffffffffffff604082015116606085015267ffffffffffffffff6060820151166080850152608081015160a085015260a081015160c085015267ffffffffffffffff60c08201511660e08501525060408201516101606101008501526148be6101608501826147ca565b905060608301516148dc61012086018267ffffffffffffffff169052565b5060808301516101408501528091505092915050565b604081525f614904604083018561480c565b905067ffffffffffffffff831660208301529392505050565b602081525f6108ad602083018461480c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156108b0576108b061492f565b80820281158282048414176108b0576108b061492f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826149c1576149c1614986565b500490565b818103818111156108b0576108b061492f565b60ff81811683821601908111156108b0576108b061492f565b73ffffffffffffffffffffffffffffffffffffffff81168114612500575f5ffd5b8035614a1e8161446a565b67ffffffffffffffff1682526020810135614a388161446a565b67ffffffffffffffff1660208301526040810135614a558161446a565b67ffffffffffffffff166040830152614a706060820161447f565b67ffffffffffffffff1660608301526080818101359083015260a08082013590830152614a9f60c0820161447f565b67ffffffffffffffff811660c0840152505050565b602081525f8235614ac4816149f2565b73ffffffffffffffffffffffffffffffffffffffff8116602084015250614af16040830160208501614a13565b6101008301357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1843603018112614b26575f5ffd5b61016061012084015283018035368290037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1018112614b63575f5ffd5b810160208101903567ffffffffffffffff811115614b7f575f5ffd5b803603821315614b8d575f5ffd5b6040610180860152806101c086015280826101e08701375f8582016101e0015260208301356101a086018190529150614bc9610120870161447f565b67ffffffffffffffff811661014087015292506101409590950135610160850152505050601f91909101601f1916016101e00190565b5f60208284031215614c0f575f5ffd5b81356124758161446a565b5f81356108b08161446a565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1833603018112614c58575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614c95575f5ffd5b83018035915067ffffffffffffffff821115614caf575f5ffd5b602001915036819003821315613f90575f5ffd5b600181811c90821680614cd757607f821691505b602082108103614400577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561302657805f5260205f20601f840160051c81016020851015614d335750805b601f840160051c820191505b8181101561220c575f8155600101614d3f565b81357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1833603018112614d83575f5ffd5b8201803567ffffffffffffffff81118015614d9c575f5ffd5b813603602084011315614dad575f5ffd5b5f905050614dc581614dbf8554614cc3565b85614d0e565b5f601f821160018114614e18575f8315614de25750838201602001355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178555614e93565b5f85815260208120601f198516915b82811015614e4957602085880181013583559485019460019092019101614e27565b5084821015614e87577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b8135614eb1816149f2565b73ffffffffffffffffffffffffffffffffffffffff81167fffffffffffffffffffffffff000000000000000000000000000000000000000083541617825550600181016020830135614f028161446a565b81547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8216178255506040830135614f438161446a565b81547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff000000000000000016178155614fda614f9160608501614c1a565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b615032614fe960808501614c1a565b825477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016178255565b5060a0820135600282015560c0820135600382015561509061505660e08401614c1a565b6004830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6150aa6150a1610100840184614c26565b60058301614d52565b6150f46150ba6101208401614c1a565b6007830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6101409190910135600890910155565b67ffffffffffffffff81811683821601908111156108b0576108b061492f565b5f60208284031215615134575f5ffd5b8135612475816149f2565b610120810161514e8286614a13565b67ffffffffffffffff9390931660e08201526101000152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff82811682821603908111156108b0576108b061492f565b604081016151c582856143cd565b8260208301529392505050565b5f826151e0576151e0614986565b500690565b6101608101604084833760408201604085015f5b600281101561521a57604082843760409283019291909101906001016151f9565b505050604060c0850160c08401376101008201835f5b600381101561524f578151835260209283019290910190600101615230565b5050509392505050565b5f60208284031215615269575f5ffd5b81518015158114612475575f5ffd5b5f82518060208501845e5f920191825250919050565b5f6020828403121561529e575f5ffd5b505191905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x02\0`@R4\x80\x15a\0\x10W__\xFD[P`@QaZT8\x03\x80aZT\x839\x81\x01`@\x81\x90Ra\0/\x91a\x05PV[`\x01`\x01`\xA0\x1B\x03\x83\x16a\0{W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01Rltoken is zero`\x98\x1B`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16a\0\xC5W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x10`$\x82\x01Roverifier is zero`\x80\x1B`D\x82\x01R`d\x01a\0rV[\x80Q`\x01`\x01`@\x1B\x03\x16_\x03a\x01\x10W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x0E`$\x82\x01Rmperiod is zero`\x90\x1B`D\x82\x01R`d\x01a\0rV[\x80` \x01Q`\x01`\x01`@\x1B\x03\x16_\x03a\x01_W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01Rntimeout is zero`\x88\x1B`D\x82\x01R`d\x01a\0rV[`@\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x15\x80a\x01\x92WP\x80``\x01Q`\x01`\x01`@\x1B\x03\x16\x81`@\x01Q`\x01`\x01`@\x1B\x03\x16\x11[\x15a\x01\xE0W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x18`$\x82\x01R\x7Fproof probability bounds\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80`\xA0\x01Q`\xFF\x16_\x03a\x027W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7FmaxNumberOfSlashes is zero\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[`d\x81`\xA0\x01Q`\xFF\x16\x82`\x80\x01Q`\xFF\x16a\x02S\x91\x90a\x06iV[\x11\x15a\x02\xA2W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1D`$\x82\x01R\x7Fslashes exceed the collateral\0\0\0`D\x82\x01R`d\x01a\0rV[\x80`\xA0\x01Q`\xFF\x16\x81`\x80\x01Q`\xFF\x16a\x02\xBC\x91\x90a\x06iV[a\x02\xC7\x90`da\x06\x86V[\x81`\xE0\x01Q`\xFF\x16\x11\x15a\x038W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`1`$\x82\x01R\x7Frepair reward exceeds what is le`D\x82\x01Rpft after slashing`x\x1B`d\x82\x01R`\x84\x01a\0rV[`d\x81`\xC0\x01Q`\xFF\x16\x11\x15a\x03\x91W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7Fvalidator reward over 100%\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80a\x01\0\x01Q`\xFF\x16_\x03a\x03\xE9W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x17`$\x82\x01R\x7FmaxReservations is zero\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80a\x01 \x01Q`\x01`\x01`@\x1B\x03\x16_\x03a\x04GW`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7FmaxRequestDuration is zero\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[`\x01`\x01`\xA0\x1B\x03\x92\x83\x16`\x80\x90\x81R\x91\x90\x92\x16`\xA0\x90\x81R\x82Q`\x01`\x01`@\x1B\x03\x90\x81\x16`\xC0\x90\x81R` \x85\x01Q\x82\x16`\xE0\x90\x81R`@\x86\x01Q\x83\x16a\x01\0\x90\x81R``\x87\x01Q\x84\x16a\x01 \x90\x81R\x95\x87\x01Q`\xFF\x90\x81\x16a\x01@R\x94\x87\x01Q\x85\x16a\x01`R\x91\x86\x01Q\x84\x16a\x01\x80R\x85\x01Q\x83\x16a\x01\xA0R\x84\x01Q\x90\x91\x16a\x01\xC0R\x91\x01Q\x16a\x01\xE0Ra\x06\x99V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x04\xEDW__\xFD[PV[`@Qa\x01@\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x05\x1FWcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x05;W__\xFD[\x91\x90PV[\x80Q`\xFF\x81\x16\x81\x14a\x05;W__\xFD[___\x83\x85\x03a\x01\x80\x81\x12\x15a\x05dW__\xFD[\x84Qa\x05o\x81a\x04\xD9V[` \x86\x01Q\x90\x94Pa\x05\x80\x81a\x04\xD9V[\x92Pa\x01@`?\x19\x82\x01\x12\x15a\x05\x94W__\xFD[Pa\x05\x9Da\x04\xF0V[a\x05\xA9`@\x86\x01a\x05%V[\x81Ra\x05\xB7``\x86\x01a\x05%V[` \x82\x01Ra\x05\xC8`\x80\x86\x01a\x05%V[`@\x82\x01Ra\x05\xD9`\xA0\x86\x01a\x05%V[``\x82\x01Ra\x05\xEA`\xC0\x86\x01a\x05@V[`\x80\x82\x01Ra\x05\xFB`\xE0\x86\x01a\x05@V[`\xA0\x82\x01Ra\x06\ra\x01\0\x86\x01a\x05@V[`\xC0\x82\x01Ra\x06\x1Fa\x01 \x86\x01a\x05@V[`\xE0\x82\x01Ra\x061a\x01@\x86\x01a\x05@V[a\x01\0\x82\x01Ra\x06Da\x01`\x86\x01a\x05%V[a\x01 \x82\x01R\x80\x91PP\x92P\x92P\x92V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x06\x80Wa\x06\x80a\x06UV[\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x06\x80Wa\x06\x80a\x06UV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0QaR\xA5a\x07\xAF_9_\x81\x81a\x06\xF3\x01Ra2p\x01R_\x81\x81a\x06\xCA\x01Ra\x14\x05\x01R_\x81\x81a\x06\xA1\x01Ra,\x1A\x01R_\x81\x81a\x06x\x01Ra\r\x8A\x01R_\x81\x81a\x06O\x01Ra\x0E\x99\x01R_\x81\x81a\x06&\x01Ra\r9\x01R_\x81\x81a\x05\xF6\x01Ra4-\x01R_\x81\x81a\x05\xC6\x01Ra3\xE1\x01R_\x81\x81a\x05\x96\x01R\x81\x81a\x0BH\x01R\x81\x81a\x1Cz\x01Ra!\x84\x01R_\x81\x81a\x05f\x01R\x81\x81a'\xF6\x01R\x81\x81a+\xAB\x01Ra?'\x01R_\x81\x81a\x03\xAA\x01Ra*\xF3\x01R_\x81\x81a\x08\x80\x01R\x81\x81a\x0E\xFB\x01R\x81\x81a\x13\x98\x01R\x81\x81a\x19\xED\x01R\x81\x81a\x1D\xD0\x01R\x81\x81a>\x1F\x01Ra>\xF1\x01RaR\xA5_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x81W_5`\xE0\x1C\x80cn+T\xEE\x11a\x01WW\x80c\xB3\x96\xDCy\x11a\0\xD2W\x80c\xDF<Ag\x11a\0\x88W\x80c\xF7R\x19k\x11a\0nW\x80c\xF7R\x19k\x14a\x08)W\x80c\xFB\x1Ea\xCA\x14a\x08[W\x80c\xFC\x0CTj\x14a\x08{W__\xFD[\x80c\xDF<Ag\x14a\x08\x0EW\x80c\xF3\xB8\xBD^\x14a\x08\x16W__\xFD[\x80c\xBE\\\xDCH\x11a\0\xB8W\x80c\xBE\\\xDCH\x14a\x07\xC6W\x80c\xC0\xCCJ\xDD\x14a\x07\xD9W\x80c\xC0\xF3\xF2\xE9\x14a\x07\xECW__\xFD[\x80c\xB3\x96\xDCy\x14a\x07\x92W\x80c\xB7\xC1\xB4\xF0\x14a\x07\xB3W__\xFD[\x80c\x82\xD6~Z\x11a\x01'W\x80c\xA3o\x12U\x11a\x01\rW\x80c\xA3o\x12U\x14a\x07dW\x80c\xA3\xA0\x80~\x14a\x07wW\x80c\xA8-\xA6\r\x14a\x07\x8AW__\xFD[\x80c\x82\xD6~Z\x14a\x071W\x80c\xA2\x9C)\xA4\x14a\x07QW__\xFD[\x80cn+T\xEE\x14a\x04\xB2W\x80ct\x8D\xE9\x17\x14a\x04\xC5W\x80cuq\x05y\x14a\x04\xE5W\x80cyP,U\x14a\x05\x05W__\xFD[\x80c%\xC2\xCD\x12\x11a\x02\x01W\x80cBeof\x11a\x01\xB7W\x80c_5\x02\x13\x11a\x01\x9DW\x80c_5\x02\x13\x14a\x04GW\x80cc\x17\xE0\x0B\x14a\x04ZW\x80ck\0\xC8\xCF\x14a\x04zW__\xFD[\x80cBeof\x14a\x04\x04W\x80cE\x8D+\xF1\x14a\x044W__\xFD[\x80c'\x8A<\xAF\x11a\x01\xE7W\x80c'\x8A<\xAF\x14a\x03\x82W\x80c+z\xC3\xF3\x14a\x03\xA5W\x80c91\x1E\xF4\x14a\x03\xF1W__\xFD[\x80c%\xC2\xCD\x12\x14a\x03HW\x80c'aN\xC4\x14a\x03oW__\xFD[\x80c\x06\x04\x06\x18\x11a\x02VW\x80c\x08i_\xCD\x11a\x02<W\x80c\x08i_\xCD\x14a\x03\x0FW\x80c\r(:\x82\x14a\x03\"W\x80c\x12\x82v\x02\x14a\x035W__\xFD[\x80c\x06\x04\x06\x18\x14a\x02\xF2W\x80c\x06\x8E\xDC\xDA\x14a\x02\xFAW__\xFD[\x80b\xEF\xF7\x83\x14a\x02\x85W\x80b\xF7E\x88\x14a\x02\xABW\x80c\x01\xC1\x1D\x96\x14a\x02\xBEW\x80c\x05\xB9\x07s\x14a\x02\xD2W[__\xFD[a\x02\x98a\x02\x936`\x04aCiV[a\x08\xA2V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x98a\x02\xB96`\x04aC\x89V[a\x08\xB6V[a\x02\x98l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x02\xE5a\x02\xE06`\x04aC\x89V[a\t#V[`@Qa\x02\xA2\x91\x90aC\xE1V[a\x02\x98a\t9V[a\x03\ra\x03\x086`\x04aD\x06V[a\tGV[\0[a\x03\ra\x03\x1D6`\x04aCiV[a\n\xCFV[a\x02\x98a\x0306`\x04aD2V[a\x0F-V[a\x03\ra\x03C6`\x04aD\x8AV[a\x13\xCAV[a\x02\x98\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x81V[a\x02\x98a\x03}6`\x04aC\x89V[a\x15vV[a\x03\x95a\x03\x906`\x04aCiV[a\x15\x80V[`@Q\x90\x15\x15\x81R` \x01a\x02\xA2V[a\x03\xCC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA2V[a\x03\ra\x03\xFF6`\x04aD\xB8V[a\x15\xACV[a\x04\x17a\x04\x126`\x04aC\x89V[a\x1A%V[`@\x80Q\x93\x84R\x91\x15\x15` \x84\x01R\x15\x15\x90\x82\x01R``\x01a\x02\xA2V[a\x02\x98a\x04B6`\x04aC\x89V[a\x1A?V[a\x02\x98a\x04U6`\x04aD\x8AV[a\x1AQV[a\x04ma\x04h6`\x04aC\x89V[a\x1A\\V[`@Qa\x02\xA2\x91\x90aE\x05V[a\x03\xCCa\x04\x886`\x04aC\x89V[_\x90\x81R`\x02` R`@\x90 `\x01\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x03\ra\x04\xC06`\x04aC\x89V[a\x1BuV[a\x04\xD8a\x04\xD36`\x04aC\x89V[a\x1D\xFDV[`@Qa\x02\xA2\x91\x90aE\x99V[a\x04\xF8a\x04\xF36`\x04aD\x8AV[a\x1EsV[`@Qa\x02\xA2\x91\x90aE\xF1V[a\x07$`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91R`@Q\x80a\x01@\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x02\xA2\x91\x90aE\xFFV[a\x07Da\x07?6`\x04aC\x89V[a\x1E\xE6V[`@Qa\x02\xA2\x91\x90aF\xEEV[a\x03\ra\x07_6`\x04aC\x89V[a #V[a\x02\x98a\x07r6`\x04aC\x89V[a\"\x13V[a\x03\x95a\x07\x856`\x04aC\x89V[a\"\x1DV[a\x02\x98`\x80\x81V[a\x07\xA5a\x07\xA06`\x04aC\x89V[a\"AV[`@Qa\x02\xA2\x92\x91\x90aH\xF2V[a\x02\x98a\x07\xC16`\x04aC\x89V[a$ V[a\x04\xF8a\x07\xD46`\x04aC\x89V[a$|V[a\x03\x95a\x07\xE76`\x04aC\x89V[a$\xB0V[a\x07\xF5a\x01\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA2V[a\x03\ra$\xBDV[a\x03\x95a\x08$6`\x04aCiV[a%\x03V[a\x02\x98a\x0876`\x04aC\x89V[_\x90\x81R`\x02` \x81\x90R`@\x90\x91 \x01Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x90V[a\x08na\x08i6`\x04aC\x89V[a%\x16V[`@Qa\x02\xA2\x91\x90aI\x1DV[a\x03\xCC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_a\x08\xAD\x83\x83a&\xC5V[\x90P[\x92\x91PPV[_\x81\x81R`\x02` \x81\x90R`@\x82 \x90`\x02\x82\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a\x08\xECWa\x08\xECaC\xA0V[\x14a\x08\xF9WP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a\t\x1B\x81\x83a\t\x16\x82a&\xF8V[a'\x95V[\x94\x93PPPPV[_\x81\x81R`\x01` R`@\x81 a\x08\xB0\x90a&\xF8V[_a\tBa'\xE7V[\x90P\x90V[_a\tQ\x83a(\x1CV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\tka(iV[_a\tta'\xE7V[_\x86\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x85\x90\x1C\x84R\x90\x91R\x90 T\x90\x91P`\xFF\x82\x16\x1C`\x01\x16\x15a\t\xE2W`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x82\x90R`D\x01[`@Q\x80\x91\x03\x90\xFD[__a\t\xF0\x84\x86\x89\x86a(\x90V[\x91P\x91P\x81a\n5W`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90R`D\x01a\t\xD9V[a\nt\x86a\nC\x83\x8Aa*4V[`\x04\x87\x01T`\x01\x89\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a*\x94V[_\x87\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x80\x82 \x80T`\x01`\xFF\x88\x16\x1B\x17\x90UQ\x84\x91\x89\x91\x7F<\x0E\x85\xAC\xF4R\xE8g\xEE\t\xC9\x15\x1D,\xF4_\xE6\xD6\xA7)'\x13G\xE8\x9A\x9Ak\x91\xB0\x81\xF3\x1D\x91\x90\xA3PPPPPPPV[_a\n\xD9\x83a(\x1CV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\n\xF3a'\xE7V[\x83\x10a\x0B.W`@Q\x7F\x83\\\xDA)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\t\xD9V[_a\x0B8\x84a+\x9FV[\x90Pa\x0Bng\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82aI\\V[B\x10a\x0B\xA9W`@Q\x7F{<2\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\t\xD9V[_\x85\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x88\x90\x1C\x84R\x90\x91R\x90 T`\xFF\x85\x16\x1C`\x01\x16\x15a\x0C\x0FW`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x85\x90R`D\x01a\t\xD9V[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 \x87\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x0ClW`@Q\x7F\xDC\xA2\x1B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x85\x90R`D\x01a\t\xD9V[a\x0Cta(iV[__a\x0C\x82\x84\x86\x89\x89a(\x90V[\x91P\x91P\x81a\x0C\xC7W`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x87\x90R`D\x01a\t\xD9V[_\x86\x81R`\x07` R`@\x90 Ta\x0C\xEAW_\x86\x81R`\x07` R`@\x90 \x81\x90U[_\x87\x81R`\x05` \x90\x81R`@\x80\x83 \x89\x84R\x90\x91R\x81 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90U`\x06\x85\x01T`d\x90a\ra\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x90aIoV[a\rk\x91\x90aI\xB3V[\x90P\x85`\x03\x01T\x81\x11\x15a\r\x80WP`\x03\x85\x01T[_`da\r\xB0`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aIoV[a\r\xBA\x91\x90aI\xB3V[\x90P\x81\x87`\x03\x01_\x82\x82Ta\r\xCF\x91\x90aI\xC6V[\x90\x91UPa\r\xDF\x90P\x81\x83aI\xC6V[\x86`\x08\x01_\x82\x82Ta\r\xF1\x91\x90aI\\V[\x90\x91UPP`\x02\x87\x01\x80T`\x01\x91\x90`\x08\x90a\x0E\x1D\x90\x84\x90h\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16aI\xD9V[\x92Pa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x8A\x7F\xE4\xC2\xA9\x9A\xEB\x10\x16?*\xD5$\xAA\x1F2\x85\xDF\x1A\xE8\xBAv\xC5v\xBF\xC1C\x93\x05\xC9\x9D\xCF\xA4\xCD\x85\x85`@Qa\x0E\x88\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA4`\x02\x87\x01T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16h\x01\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x0E\xDBWa\x0E\xDB\x86\x88\x89_\x01Ta+\xE0V[\x80\x15a\x0F\"Wa\x0F\"s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a/\xA5V[PPPPPPPPPV[_a\x0F7\x82a0+V[\x81`@Q` \x01a\x0FH\x91\x90aJ\xB4V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x81\x81R`\x01\x90\x93R\x90\x82 \x90\x92P\x90\x81T`\xFF\x16`\x05\x81\x11\x15a\x0F\x86Wa\x0F\x86aC\xA0V[\x14a\x0F\xC0W`@Q\x7F\xA4\xA9\x9Ca\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\xD9V[a\x0F\xC8a(iV[` \x83\x01_`\xA0\x85\x015a\x0F\xE2``\x87\x01`@\x88\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0F\xF6\x91\x90aIoV[\x90P_a\x10\x06` \x84\x01\x84aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10 ``\x85\x01`@\x86\x01aK\xFFV[a\x104\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84aIoV[a\x10>\x91\x90aIoV[_\x86\x81R` \x81\x90R`@\x90 \x90\x91PB\x90\x87\x90a\x10\\\x82\x82aN\xA6V[PP\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16b\x01\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\0\x90\x91\x16\x17`\x01\x17\x85Ua\x10\xACa\x01@\x88\x01a\x01 \x89\x01aK\xFFV[a\x10\xB6\x90\x82aQ\x04V[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11\t``\x85\x01`@\x86\x01aK\xFFV[a\x11\x13\x90\x82aQ\x04V[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11k` \x85\x01\x85aK\xFFV[`\x02\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x11\xB6`\xE0\x85\x01`\xC0\x86\x01aK\xFFV[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\x0E`\x80\x85\x01``\x86\x01aK\xFFV[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12k` \x88\x01\x88aQ$V[`\x03\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\xC0a\x01\0\x88\x01\x88aL&V[` \x90\x81\x015`\x04\x87\x01U`\x05\x86\x01\x84\x90U`\xA0\x85\x015\x90a\x12\xE8\x90`@\x87\x01\x90\x87\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12\xFC\x91\x90aIoV[`\x06\x86\x01U`\x08\x85\x01\x82\x90Ua\x13\x15` \x88\x01\x88aQ$V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86\x7F\xA0\xF8\xD3T\xE6\xA8\x97\xB2\x9D\xE3\xFF\xA6\xD4a\x1B@\xE0^\x02\xBE^W\x8D\xF7,BxCt`\x80H\x86\x88_\x01`\n\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@Qa\x13v\x93\x92\x91\x90aQ?V[`@Q\x80\x91\x03\x90\xA3a\x13\xC0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x85a7\x0CV[PPPPP\x91\x90PV[_a\x13\xD4\x83a7RV[\x90P__a\x13\xE3\x85\x85\x85a7\xB0V[\x91P\x91Pa\x13\xF1\x83\x82a8\xC0V[P_\x82\x81R`\x03` R`@\x90 \x80T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x10a\x14]W`@Q\x7Fg-\xCA\x15\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x81\x81\x10\x15a\x14\xF0W3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83\x82\x81T\x81\x10a\x14\x90Wa\x14\x90aQjV[_\x91\x82R` \x90\x91 \x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x14\xE8W`@Q\x7F\x87\xB3J\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x01a\x14_V[Pa\x14\xF9a(iV[\x81T`\x01\x81\x01\x83U_\x83\x81R` \x81 \x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x90\x81\x17\x90\x91U`@Q\x90\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x91\x8A\x91\x7F\xCD]\x12*\xA2F\xAE>\t\x8E\xEA\xE8lo\x19\x87\x0C\x95\x0C\xFB\xFA\xCFC\xCC\xBC\xF9\x14\xA9\xF7\xE4)\x8A\x91\xA4PPPPPPPV[_a\x08\xB0\x82a+\x9FV[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x85\x90\x1C\x84R\x90\x91R\x81 T`\xFF\x83\x16\x1C`\x01\x16\x15\x15a\x08\xADV[_a\x15\xB6\x84a7RV[\x90P__a\x15\xC5\x86\x86\x85a7\xB0V[\x91P\x91P_a\x15\xD4\x84\x83a8\xC0V[_\x84\x81R`\x03` R`@\x90 \x80T\x91\x92P\x90\x80\x15a\x16\x92W_\x80[\x82\x81\x10\x15a\x16XW3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84\x82\x81T\x81\x10a\x16!Wa\x16!aQjV[_\x91\x82R` \x90\x91 \x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x16PW`\x01\x91Pa\x16XV[`\x01\x01a\x15\xF0V[P\x80a\x16\x90W`@Q\x7F\x81\xFD\xCD~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P[a\x16\x9Aa(iV[_a\x16\xA3a'\xE7V[\x90P__a\x16\xB0\x83a9\xF8V[P\x91P\x91P\x80a\x16\xEFW`@Q\x7F\xC7#M\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\t\xD9V[a\x17\x08\x8Aa\x16\xFD\x84\x8Ba*4V[\x8B`\x04\x01T\x8Ea*\x94V[`\x06\x89\x01T`\x01\x88\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x17\x90U`\x02\x88\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x90\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x92\x16\x91\x90\x91\x17i\x02\0\0\0\0\0\0\0\0\0\x17\x90\x91U`\x03\x89\x01\x82\x90U\x90\x85\x15a\x17\xA7W_\x8A\x81R`\x03` R`@\x81 a\x17\xA7\x91aB\xBCV[`\x01\x8B\x81\x01\x80T`\x10\x90a\x17\xDA\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x04V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8B`\x07\x01_\x82\x82Ta\x18\x1D\x91\x90aI\\V[\x92PP\x81\x90UP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8Dg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8F\x7F\xC2\x12\xA6#T8J\xB4\xF8'%)A\xF6\xF8\xA3\x142\xBC#>U/d\x90\x08\xD68S,C)\x84\x8C`@Qa\x18\x83\x92\x91\x90\x91\x82R\x15\x15` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA4\x87\x15a\x19\x14W`\x01\x8B\x81\x01\x80T`\x18\x90a\x18\xCC\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x97V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x88`\x04\x01T\x8B`\t\x01_\x82\x82Ta\x19\t\x91\x90aI\xC6V[\x90\x91UPa\x19\xD3\x90PV[`\x02\x8B\x01T`\x01\x8C\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16\x10a\x19\xD3W\x8AT\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x02\x17\x8BU`\x01\x8B\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x90\x91\x16\x17\x90U`@Q\x8E\x90\x7F\xB8\xBF\xE4\xEE\x9B\xF6F\xEA\xECc\x91\xAE{\xB7e\xF8H\xA1\r\xAB\xF8\x06T\xCD\xCD\x1D\xA2\x15\x90\x1Bi\x14\x90_\x90\xA2[a\x1A\x15s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a7\x0CV[PPPPPPPPPPPPPPV[___a\x1A1\x84a9\xF8V[\x92P\x92P\x92P[\x91\x93\x90\x92PV[_a\x08\xB0\x82a\x1ALa'\xE7V[a&\xC5V[_a\x08\xAD\x83\x83a:\xE9V[`@\x80Qa\x01\0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90R\x90a\x1A\xA5\x83a(\x1CV[\x90P`@Q\x80a\x01\0\x01`@R\x80a\x1A\xD0`\x01_\x85_\x01T\x81R` \x01\x90\x81R` \x01_ \x84a;.V[`\x07\x81\x11\x15a\x1A\xE1Wa\x1A\xE1aC\xA0V[\x81R\x82T` \x82\x01R`\x01\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16``\x83\x01R`\x02\x84\x01T\x90\x81\x16`\x80\x83\x01R`\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\xA0\x82\x01R`\x03\x83\x01T`\xC0\x82\x01R`\x04\x90\x92\x01T`\xE0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_a\x1B\x7F\x82a7RV[`\x03\x81\x01T\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a\x1B\xD7W`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\xD9V[_a\x1B\xE1\x82a&\xF8V[\x90P`\x01\x81`\x05\x81\x11\x15a\x1B\xF7Wa\x1B\xF7aC\xA0V[\x14\x80a\x1C\x14WP`\x02\x81`\x05\x81\x11\x15a\x1C\x12Wa\x1C\x12aC\xA0V[\x14[\x15a\x1CMW\x80`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[`\x04\x81`\x05\x81\x11\x15a\x1CaWa\x1CaaC\xA0V[\x14\x80\x15a\x1C\xBCWP\x81Ta\x1C\xB8\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aI\\V[B\x11\x15[\x15a\x1C\xF6W`\x02`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[\x81Ta\x01\0\x90\x04`\xFF\x16\x15a\x1D:W`@Q\x7F\xC4\xE4\xC7\xD9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\t\xD9V[_a\x1DE\x83\x83a<\x04V[\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x17\x84U`@Q\x90\x91P3\x90\x85\x90\x7F\x15<,\xD6\xCE)\x1A\x06\x15Qo\xAE\x8E\xBBD}}5\x84\x91\xEE\xEF\xE5O\xDF\x18M\x05c\x7FTC\x90a\x1D\xA8\x90\x86\x90\x86\x90aQ\xB7V[`@Q\x80\x91\x03\x90\xA3\x80\x15a\x1D\xF7Wa\x1D\xF7s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a/\xA5V[PPPPV[_\x81\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\x1EgW` \x02\x82\x01\x91\x90_R` _ \x90[\x81Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x1E<W[PPPPP\x90P\x91\x90PV[_\x82\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a\x1E\x97Wa\x1E\x97aC\xA0V[\x14\x80a\x1E\xB5WP`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x84\x16\x10\x15[\x15a\x1E\xC3W_\x91PPa\x08\xB0V[a\t\x1B\x81`\x02_a\x1E\xD4\x88\x88a:\xE9V[\x81R` \x01\x90\x81R` \x01_ a;.V[`@\x80Qa\x01 \x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90R\x90a\x1F7\x83a7RV[\x90P`@Q\x80a\x01 \x01`@R\x80a\x1FN\x83a&\xF8V[`\x05\x81\x11\x15a\x1F_Wa\x1F_aC\xA0V[\x81R\x82Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFb\x01\0\0\x82\x04\x81\x16` \x84\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16``\x84\x01R`\x01\x90\x94\x01T\x80\x85\x16`\x80\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xA0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xC0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x93\x16`\xE0\x82\x01R`\xFFa\x01\0\x93\x84\x90\x04\x16\x15\x15\x92\x01\x91\x90\x91R\x92\x91PPV[_a -\x82a(\x1CV[`\x01\x81\x01T\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a \x85W`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\xD9V[\x80T_\x81\x81R`\x01` R`@\x81 \x90a \x9E\x82a&\xF8V[\x90P`\x01\x81`\x05\x81\x11\x15a \xB4Wa \xB4aC\xA0V[\x03a \xC9Wa \xC4\x82\x85\x85a<~V[a\"\x0CV[`\x02\x81`\x05\x81\x11\x15a \xDDWa \xDDaC\xA0V[\x03a \xF5Wa \xEAa(iV[a \xC4\x82\x85\x85a+\xE0V[`\x05`\x02\x85\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a!\x1DWa!\x1DaC\xA0V[\x03a!WW`\x05`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aE\xF1V[`\x04\x81`\x05\x81\x11\x15a!kWa!kaC\xA0V[\x14\x80\x15a!\xC6WP\x81Ta!\xC2\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aI\\V[B\x11\x15[\x15a\"\0W`\x02`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[a\"\x0C\x82\x85\x87\x84a>FV[PPPPPV[_a\x08\xB0\x82a?\x18V[_a\":\x82a\"*a'\xE7V[a\"5\x90`\x01aI\\V[a?MV[P\x92\x91PPV[a\"IaB\xD7V[__a\"T\x84a(\x1CV[\x80T_\x90\x81R` \x81\x81R`@\x91\x82\x90 `\x01\x80\x85\x01T\x84Q`\xA0\x80\x82\x01\x87R\x84Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R\x86Q`\xE0\x81\x01\x88R\x93\x85\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x86Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x89\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x8A\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x86\x01R`\x02\x86\x01T`\x80\x86\x01R`\x03\x86\x01T\x91\x85\x01\x91\x90\x91R`\x04\x85\x01T\x81\x16`\xC0\x85\x01R\x94\x81\x01\x92\x90\x92R\x84Q\x80\x86\x01\x86R`\x05\x84\x01\x80T\x97\x98P\x93\x96t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x94\x16\x94\x91\x93\x86\x93\x92\x85\x01\x92\x90\x91\x82\x90\x82\x90a#g\x90aL\xC3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta#\x93\x90aL\xC3V[\x80\x15a#\xDEW\x80`\x1F\x10a#\xB5Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a#\xDEV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a#\xC1W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x96\x90\x95P\x93PPPPV[_\x81\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a$DWa$DaC\xA0V[\x14\x80a$VWP\x80Ta\x01\0\x90\x04`\xFF\x16[\x15a$cWP_\x92\x91PPV[a$u\x81a$p\x83a&\xF8V[a<\x04V[\x93\x92PPPV[_\x81\x81R`\x02` R`@\x81 \x80Ta$\x97WP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a$u\x90\x82a;.V[_a\":\x82a\"5a'\xE7V[a$\xC5a(iV[_a$\xCEa'\xE7V[\x90P\x80\x15a$\xE9Wa$\xE9a$\xE4`\x01\x83aI\xC6V[a?\x97V[a$\xF2\x81a?\x97V[a%\0a$\xE4\x82`\x01aI\\V[PV[_a%\x0E\x83\x83a?MV[P\x93\x92PPPV[a%\x1EaB\xD7V[a%'\x82a7RV[P_\x82\x81R` \x81\x81R`@\x91\x82\x90 \x82Q`\xA0\x80\x82\x01\x85R\x82Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R\x84Q`\xE0\x81\x01\x86R`\x01\x84\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x88\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x89\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x83\x01R`\x02\x85\x01T`\x80\x83\x01R`\x03\x85\x01T\x92\x82\x01\x92\x90\x92R`\x04\x84\x01T\x90\x91\x16`\xC0\x82\x01R\x92\x81\x01\x92\x90\x92R\x82Q\x80\x84\x01\x84R`\x05\x82\x01\x80T\x93\x94\x92\x93\x92\x85\x01\x92\x82\x90\x82\x90a&\x11\x90aL\xC3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta&=\x90aL\xC3V[\x80\x15a&\x88W\x80`\x1F\x10a&_Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a&\x88V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a&kW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x92\x91PPV[___a&\xD1\x84a9\xF8V[P\x91P\x91P\x80a&\xE5W_\x92PPPa\x08\xB0V[a&\xEF\x82\x86a*4V[\x95\x94PPPPPV[\x80T_\x90`\xFF\x16`\x01\x81`\x05\x81\x11\x15a'\x13Wa'\x13aC\xA0V[\x14\x80\x15a'8WP\x82Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a'FWP`\x03\x92\x91PPV[`\x02\x81`\x05\x81\x11\x15a'ZWa'ZaC\xA0V[\x14\x80\x15a'\x87WP\x82Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a\x08\xB0WP`\x04\x92\x91PPV[`\x02\x82\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xB0\x85\x84a?\xD5V[a'\xBA\x91\x90aI\xC6V[\x84`\x05\x01Ta'\xC9\x91\x90aIoV[\x83`\x04\x01T\x84`\x03\x01Ta'\xDD\x91\x90aI\\V[a\t\x1B\x91\x90aI\\V[_a\tBg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16BaI\xB3V[_\x81\x81R`\x02` R`@\x90 \x80Ta(dW`@Q\x7F\xB2m\xBC/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\xD9V[\x91\x90PV[_a(ra'\xE7V[\x90Pa(}\x81a@oV[a%\0a(\x8B\x82`\x01aI\\V[a@oV[_\x80`\x02\x86T`\xFF\x16`\x05\x81\x11\x15a(\xAAWa(\xAAaC\xA0V[\x14\x15\x80a(\xDCWP`\x02\x80\x86\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a(\xD9Wa(\xD9aC\xA0V[\x14\x15[\x15a(\xEBWP_\x90P\x80a*+V[a(\xF3a'\xE7V[a(\xFE\x90`\x01aI\\V[\x83\x11\x15a)\x0FWP_\x90P\x80a*+V[_a)\x19\x84a?\x18V[`\x01\x88\x01T\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x80a)EWP`\x02\x86\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10[\x80a)xWP\x86Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a)v\x85a+\x9FV[\x11[\x15a)\x89WP_\x91P\x81\x90Pa*+V[___a)\x95\x87a9\xF8V[\x92P\x92P\x92P\x81\x15\x80a)\xA6WP\x80\x15[\x15a)\xBBWP_\x94P\x84\x93Pa*+\x92PPPV[_a)\xC6\x84\x8Aa*4V[`@Q` \x01a)\xD8\x91\x81R` \x01\x90V[`@\x80Q\x80\x83\x03`\x1F\x19\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 `\x02\x8C\x01T\x90\x91Pa* \x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82aQ\xD2V[\x15\x96P\x92\x94PPPPP[\x94P\x94\x92PPPV[_\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x83\x83`@Q` \x01a*r\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca\x08\xAD\x91\x90aQ\xD2V[`@\x80Q``\x81\x01\x82R\x84\x81R` \x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x81\x83\x01R\x90Q\x7F0\x98>\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c0\x98>\x92\x90a+*\x90\x88\x90\x85\x90`\x04\x01aQ\xE5V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a+EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a+i\x91\x90aRYV[a\"\x0CW`@Q\x7F\t\xBD\xE39\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a+\xD6\x83`\x01aI\\V[a\x08\xB0\x91\x90aIoV[`\x01\x82\x01T`\x04\x83\x01T`\x03\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91_\x91a,\x13\x91aI\\V[\x90P_`d\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x87`\x06\x01Ta,K\x91\x90aIoV[a,U\x91\x90aI\xB3V[\x90P\x81\x81\x11\x15a,bWP\x80[`\x01\x86\x81\x01\x80T`\x10\x90a,\x95\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x97V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x84`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\x07\x01_\x82\x82Ta,\xEF\x91\x90aI\xC6V[\x90\x91UPP`\x01\x86\x81\x01\x80T`\x18\x90a-/\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x04V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80\x82a-a\x91\x90aI\xC6V[\x86`\x08\x01_\x82\x82Ta-s\x91\x90aI\\V[\x92PP\x81\x90UP\x80\x86`\t\x01_\x82\x82Ta-\x8D\x91\x90aI\\V[\x90\x91UPP`\x01\x85\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x81\x90U`\x02\x86\x01\x80T_`\x03\x89\x01U`\x04\x88\x01\x84\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x16i\x07\0\0\0\0\0\0\0\0\0\x17\x90U`@\x80Q\x83\x81R\x90Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x87\x91\x7F\xDAr\r1\xB18\xC4\xCAL^\xD1\x8C\xAC\xF9\xE3\x8D\xE9\xB3\xEFe\xE7\xF1\x0E\xB4\x0F\xC7u=\xD0?&u\x91\x81\x90\x03` \x01\x90\xA4`\x02\x86T`\xFF\x16`\x05\x81\x11\x15a.\x89Wa.\x89aC\xA0V[\x14\x80\x15a.\xD4WP`\x02\x86\x01T`\x01\x87\x01Th\x01\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x11[\x80\x15a/\x01WP\x85Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11\x15[\x15a/\x9DW\x85T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x05\x17\x86U`\x01\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U`@Q\x84\x90\x7FGi6\x1AD%\x04\xEC\xAF\x03\x8F5\xE1\x19\xBC\xCC\xDD^B\tk$\xC0\x9E<\x17\xFD\x17\xC6hL\x02\x90_\x90\xA2[PPPPPPV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra0&\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPaA\x19V[PPPV[` \x81\x013a0:\x82\x84aQ$V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a0\x89W`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\xD9V[a0\x96` \x82\x01\x82aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a0\xC3WPa\x01\0a0\xB7` \x83\x01\x83aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a1*W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x05`$\x82\x01R\x7Fslots\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a17` \x82\x01\x82aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a1Q`\xE0\x83\x01`\xC0\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a1\xC2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7FmaxSlotLoss\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a1\xD2`@\x82\x01` \x83\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a2DW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7FslotSize\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a2T``\x82\x01`@\x83\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a2\xACWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a2\xA0``\x83\x01`@\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a3\x13W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7Fduration\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a3%a\x01@\x83\x01a\x01 \x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a3oWPa3F``\x82\x01`@\x83\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a3ba\x01@\x84\x01a\x01 \x85\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a3\xD6W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fexpiry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a4\x11`\x80\x83\x01``\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a4iWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a4]`\x80\x83\x01``\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a4\xD0W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x10`$\x82\x01R\x7FproofProbability\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[`\x80\x81\x015\x15\x80a4\xF2WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\x80\x015\x10\x15[\x15a5YW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x15`$\x82\x01R\x7FpricePerBytePerSecond\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[`\xA0\x81\x015\x15\x80a5{WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\xA0\x015\x10\x15[\x15a5\xE2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x11`$\x82\x01R\x7FcollateralPerByte\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[_a5\xF1a\x01\0\x84\x01\x84aL&V[a5\xFB\x90\x80aLbV[\x91PP\x80\x15\x80a6\x0BWP`\x80\x81\x11[\x15a6rW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x03`$\x82\x01R\x7Fcid\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01a6\xA1a\x01\0\x85\x01\x85aL&V[` \x015\x10a0&W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7FverifyRoot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x1D\xF7\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a/\xDFV[_\x81\x81R`\x01` R`@\x81 \x90\x81T`\xFF\x16`\x05\x81\x11\x15a7vWa7vaC\xA0V[\x03a(dW`@Q\x7F{\xBE4\xC9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\xD9V[`\x02\x81\x01T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x85\x16\x10a8\x0BW`@Q\x7F\x17\xBC2\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\xD9V[a8\x15\x85\x85a:\xE9V[_\x81\x81R`\x02` R`@\x90 \x80T\x91\x93P\x91Pa8\xB8W\x84\x81U`\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x02\x17\x90U`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16i\x01\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP[\x93P\x93\x91PPV[__a8\xCB\x84a&\xF8V[`\x02\x84\x01T\x90\x91Pi\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x01\x82`\x05\x81\x11\x15a8\xF7Wa8\xF7aC\xA0V[\x03a9SW`\x01\x81`\x07\x81\x11\x15a9\x10Wa9\x10aC\xA0V[\x14a9IW\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aE\xF1V[_\x92PPPa\x08\xB0V[`\x02\x82`\x05\x81\x11\x15a9gWa9gaC\xA0V[\x03a9\xC4W`\x07\x81`\x07\x81\x11\x15a9\x80Wa9\x80aC\xA0V[\x14a9\xB9W\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aE\xF1V[`\x01\x92PPPa\x08\xB0V[\x81`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[_\x81\x81R`\x06` R`@\x81 \x80T\x82\x91\x82\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a:AWPa:'\x85a?\x18V[\x81Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10[_\x86\x81R`\x07` R`@\x90 T\x94P\x91P\x83\x15a:cWP`\x01\x91Pa\x1A8V[\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a:|WPC\x81\x10\x15[\x15a:\x8FWP_\x93P\x83\x92Pa\x1A8\x90PV[_a:\x99\x82aA\xB8V[\x90P\x80a:\xAFWP_\x94P\x84\x93Pa\x1A8\x91PPV[`@\x80Q` \x81\x01\x83\x90R\x90\x81\x01\x88\x90R``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 `\x01\x95P\x95PPPP\x91\x93\x90\x92PV[_\x82\x82`@Q` \x01a;\x10\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_`\x05`\x02\x83\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a;WWa;WaC\xA0V[\x03a;dWP`\x05a\x08\xB0V[_a;n\x84a&\xF8V[\x90P`\x03\x81`\x05\x81\x11\x15a;\x84Wa;\x84aC\xA0V[\x03a;\x93W`\x06\x91PPa\x08\xB0V[`\x05\x81`\x05\x81\x11\x15a;\xA7Wa;\xA7aC\xA0V[\x03a;\xB6W`\x04\x91PPa\x08\xB0V[`\x04\x81`\x05\x81\x11\x15a;\xCAWa;\xCAaC\xA0V[\x03a;\xD9W`\x03\x91PPa\x08\xB0V[\x82Ta;\xE9W`\x01\x91PPa\x08\xB0V[PP`\x02\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x91\x90PV[`\x07\x82\x01T`\x01\x83\x01T_\x91\x82\x91p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a<:\x86\x86a?\xD5V[a<D\x91\x90aIoV[a<N\x91\x90aI\xC6V[\x84`\x05\x01Ta<]\x91\x90aIoV[\x90P\x80\x84`\t\x01T\x85`\x08\x01Ta<t\x91\x90aI\\V[a\t\x1B\x91\x90aI\xC6V[`\x01\x82\x81\x01T`\x03\x84\x01T\x85\x83\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x93\x91\x92`\x10\x90a<\xD5\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x97V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85`\x07\x01_\x82\x82Ta=/\x91\x90aI\xC6V[\x90\x91UPP`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x81\x90U`\x02\x85\x01\x80T_`\x03\x88\x01\x81\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\0\0\0\0\0\0\0\0\x90\x91\x16i\x01\0\0\0\0\0\0\0\0\0\x17\x90\x91U`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x86\x91\x7F\xF1\x86\xF8Ob\x08\xB2\x1D\x0B\x91\xC9\xD5\xD6\x81\x11\xF8\x81a\x8F\xB6Z\xAD\x9A\x15>P\x83\xA8\xD7\xEC\x04\xE0\x91\x90\xA4a\"\x0Cs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a/\xA5V[_a>R\x85\x85\x84a'\x95V[`\x02\x85\x01\x80Ti\x05\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U_`\x03\x86\x01\x81\x90U`\x04\x86\x01U`@Q\x81\x81R\x90\x91P3\x90\x84\x90\x7F\xAEt9Y\x15]&\x83J\x1E\xABR\xF6\x1C\xF2JidW3\xBD\xA1\xF4\x9A\"\x0CK\xAF\xA8\x81\x07Q\x90` \x01`@Q\x80\x91\x03\x90\xA3\x80\x15a\"\x0CWa\"\x0Cs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a/\xA5V[_a\x08\xB0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aIoV[_\x82\x81R`\x02` R`@\x81 \x80T\x82\x91\x90a?oWP_\x91P\x81\x90Pa?\x90V[\x80T_\x90\x81R`\x01` R`@\x90 a?\x8A\x90\x82\x87\x87a(\x90V[\x92P\x92PP[\x92P\x92\x90PV[_\x81\x81R`\x07` R`@\x90 T\x15a?\xADWPV[__a?\xB8\x83a9\xF8V[P\x91P\x91P\x80\x15a0&WP_\x91\x82R`\x07` R`@\x90\x91 UV[_`\x03\x82`\x05\x81\x11\x15a?\xEAWa?\xEAaC\xA0V[\x03a@\x0FWP\x81Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x08\xB0V[`\x05\x82`\x05\x81\x11\x15a@#Wa@#aC\xA0V[\x03a@IWP`\x01\x82\x01Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x08\xB0V[PPTr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[_\x81\x81R`\x06` R`@\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a@\x91WPPV[\x80TBg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16C\x91\x82\x16\x17\x91\x90\x91\x17\x82U`@Q\x83\x91\x7Fu3\xB1\xB4\x82G9\xAAl\xCA\xA9\xFEi\xEB\xAB\xF7\xCD\x86{<B\xF1\x82\x08\xB0\x88\xF1\n.\xBFQ\xC9\x91aA\r\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80aA8W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15aAOW\x80`\x01\x14\x15aAiV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16;\x15[\x15a\x1D\xF7W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\xD9V[_a\x01\0aA\xC6\x83CaI\xC6V[\x11aA\xD0WP@\x90V[q\xF9\x08'\xF1\xC5:\x10\xCBz\x023[\x17S \0)5;_\x03aA\xF1WP_\x91\x90PV[__q\xF9\x08'\xF1\xC5:\x10\xCBz\x023[\x17S \0)5s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84`@Q` \x01aB/\x91\x81R` \x01\x90V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90RaBI\x91aRxV[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14aB\x81W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>aB\x86V[``\x91P[P\x91P\x91P\x81\x15\x80aB\x9AWP\x80Q` \x14\x15[\x15aB\xA8WP_\x93\x92PPPV[\x80\x80` \x01\x90Q\x81\x01\x90a\t\x1B\x91\x90aR\x8EV[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a%\0\x91\x90aCQV[`@\x80Q`\xA0\x80\x82\x01\x83R_\x80\x83R\x83Q`\xE0\x81\x01\x85R\x81\x81R` \x81\x81\x01\x83\x90R\x94\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x91\x82\x01\x81\x90R`\xC0\x82\x01R\x90\x91\x82\x01\x90\x81R` \x01aC>`@Q\x80`@\x01`@R\x80``\x81R` \x01_\x81RP\x90V[\x81R_` \x82\x01\x81\x90R`@\x90\x91\x01R\x90V[[\x80\x82\x11\x15aCeW_\x81U`\x01\x01aCRV[P\x90V[__`@\x83\x85\x03\x12\x15aCzW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_` \x82\x84\x03\x12\x15aC\x99W__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x06\x81\x10aC\xDDWaC\xDDaC\xA0V[\x90RV[` \x81\x01a\x08\xB0\x82\x84aC\xCDV[_a\x01\0\x82\x84\x03\x12\x15aD\0W__\xFD[P\x91\x90PV[__a\x01 \x83\x85\x03\x12\x15aD\x18W__\xFD[\x825\x91PaD)\x84` \x85\x01aC\xEFV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15aDBW__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aDXW__\xFD[\x82\x01a\x01`\x81\x85\x03\x12\x15a$uW__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a%\0W__\xFD[\x805a(d\x81aDjV[__`@\x83\x85\x03\x12\x15aD\x9BW__\xFD[\x825\x91P` \x83\x015aD\xAD\x81aDjV[\x80\x91PP\x92P\x92\x90PV[___a\x01@\x84\x86\x03\x12\x15aD\xCBW__\xFD[\x835\x92P` \x84\x015aD\xDD\x81aDjV[\x91PaD\xEC\x85`@\x86\x01aC\xEFV[\x90P\x92P\x92P\x92V[`\x08\x81\x10aC\xDDWaC\xDDaC\xA0V[_a\x01\0\x82\x01\x90PaE\x18\x82\x84QaD\xF5V[` \x83\x01Q` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01QaE~`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01R\x92\x91PPV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aE\xE6W\x83Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aE\xB2V[P\x90\x95\x94PPPPPV[` \x81\x01a\x08\xB0\x82\x84aD\xF5V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x01@\x81\x01` \x83\x01QaF-` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaFI`@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaFe``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaFz`\x80\x84\x01\x82`\xFF\x16\x90RV[P`\xA0\x83\x01QaF\x8F`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01QaF\xA4`\xC0\x84\x01\x82`\xFF\x16\x90RV[P`\xE0\x83\x01QaF\xB9`\xE0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\0\x83\x01QaF\xD0a\x01\0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\":a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[_a\x01 \x82\x01\x90PaG\x01\x82\x84QaC\xCDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01QaGD``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaG``\x80\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaG|`\xA0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaG\x98`\xC0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaG\xB4`\xE0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\":a\x01\0\x84\x01\x82\x15\x15\x90RV[_\x81Q`@\x84R\x80Q\x80`@\x86\x01R\x80` \x83\x01``\x87\x01^_``\x82\x87\x01\x01R` \x84\x01Q` \x86\x01R```\x1F\x19`\x1F\x83\x01\x16\x86\x01\x01\x92PPP\x92\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82R_` \x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16` \x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16`@\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16``\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16`\x80\x85\x01R`\x80\x81\x01Q`\xA0\x85\x01R`\xA0\x81\x01Q`\xC0\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xE0\x85\x01RP`@\x82\x01Qa\x01`a\x01\0\x85\x01RaH\xBEa\x01`\x85\x01\x82aG\xCAV[\x90P``\x83\x01QaH\xDCa\x01 \x86\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x01@\x85\x01R\x80\x91PP\x92\x91PPV[`@\x81R_aI\x04`@\x83\x01\x85aH\x0CV[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x08\xAD` \x83\x01\x84aH\x0CV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x08\xB0Wa\x08\xB0aI/V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\xB0Wa\x08\xB0aI/V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aI\xC1WaI\xC1aI\x86V[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a%\0W__\xFD[\x805aJ\x1E\x81aDjV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R` \x81\x015aJ8\x81aDjV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R`@\x81\x015aJU\x81aDjV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01RaJp``\x82\x01aD\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x80\x81\x81\x015\x90\x83\x01R`\xA0\x80\x82\x015\x90\x83\x01RaJ\x9F`\xC0\x82\x01aD\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01RPPPV[` \x81R_\x825aJ\xC4\x81aI\xF2V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16` \x84\x01RPaJ\xF1`@\x83\x01` \x85\x01aJ\x13V[a\x01\0\x83\x015\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x846\x03\x01\x81\x12aK&W__\xFD[a\x01`a\x01 \x84\x01R\x83\x01\x8056\x82\x90\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x01\x81\x12aKcW__\xFD[\x81\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aK\x7FW__\xFD[\x806\x03\x82\x13\x15aK\x8DW__\xFD[`@a\x01\x80\x86\x01R\x80a\x01\xC0\x86\x01R\x80\x82a\x01\xE0\x87\x017_\x85\x82\x01a\x01\xE0\x01R` \x83\x015a\x01\xA0\x86\x01\x81\x90R\x91PaK\xC9a\x01 \x87\x01aD\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x87\x01R\x92Pa\x01@\x95\x90\x95\x015a\x01`\x85\x01RPPP`\x1F\x91\x90\x91\x01`\x1F\x19\x16\x01a\x01\xE0\x01\x90V[_` \x82\x84\x03\x12\x15aL\x0FW__\xFD[\x815a$u\x81aDjV[_\x815a\x08\xB0\x81aDjV[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x836\x03\x01\x81\x12aLXW__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12aL\x95W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15aL\xAFW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a?\x90W__\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aL\xD7W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aD\0W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[`\x1F\x82\x11\x15a0&W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15aM3WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\"\x0CW_\x81U`\x01\x01aM?V[\x815\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x836\x03\x01\x81\x12aM\x83W__\xFD[\x82\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x80\x15aM\x9CW__\xFD[\x816\x03` \x84\x01\x13\x15aM\xADW__\xFD[_\x90PPaM\xC5\x81aM\xBF\x85TaL\xC3V[\x85aM\x0EV[_`\x1F\x82\x11`\x01\x81\x14aN\x18W_\x83\x15aM\xE2WP\x83\x82\x01` \x015[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x85UaN\x93V[_\x85\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15aNIW` \x85\x88\x01\x81\x015\x83U\x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01aN'V[P\x84\x82\x10\x15aN\x87W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x86`\x03\x1B\x16\x1C\x19` \x85\x88\x01\x015\x16\x81U[PP`\x01\x83`\x01\x1B\x01\x85U[PPPP` \x91\x90\x91\x015`\x01\x90\x91\x01UV[\x815aN\xB1\x81aI\xF2V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x16\x17\x82UP`\x01\x81\x01` \x83\x015aO\x02\x81aDjV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82UP`@\x83\x015aOC\x81aDjV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x91\x90\x91\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x81UaO\xDAaO\x91``\x85\x01aL\x1AV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aP2aO\xE9`\x80\x85\x01aL\x1AV[\x82Tw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[P`\xA0\x82\x015`\x02\x82\x01U`\xC0\x82\x015`\x03\x82\x01UaP\x90aPV`\xE0\x84\x01aL\x1AV[`\x04\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[aP\xAAaP\xA1a\x01\0\x84\x01\x84aL&V[`\x05\x83\x01aMRV[aP\xF4aP\xBAa\x01 \x84\x01aL\x1AV[`\x07\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[a\x01@\x91\x90\x91\x015`\x08\x90\x91\x01UV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[_` \x82\x84\x03\x12\x15aQ4W__\xFD[\x815a$u\x81aI\xF2V[a\x01 \x81\x01aQN\x82\x86aJ\x13V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xE0\x82\x01Ra\x01\0\x01R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[`@\x81\x01aQ\xC5\x82\x85aC\xCDV[\x82` \x83\x01R\x93\x92PPPV[_\x82aQ\xE0WaQ\xE0aI\x86V[P\x06\x90V[a\x01`\x81\x01`@\x84\x837`@\x82\x01`@\x85\x01_[`\x02\x81\x10\x15aR\x1AW`@\x82\x847`@\x92\x83\x01\x92\x91\x90\x91\x01\x90`\x01\x01aQ\xF9V[PPP`@`\xC0\x85\x01`\xC0\x84\x017a\x01\0\x82\x01\x83_[`\x03\x81\x10\x15aROW\x81Q\x83R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01aR0V[PPP\x93\x92PPPV[_` \x82\x84\x03\x12\x15aRiW__\xFD[\x81Q\x80\x15\x15\x81\x14a$uW__\xFD[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15aR\x9EW__\xFD[PQ\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610281575f3560e01c80636e2b54ee11610157578063b396dc79116100d2578063df3c416711610088578063f752196b1161006e578063f752196b14610829578063fb1e61ca1461085b578063fc0c546a1461087b575f5ffd5b8063df3c41671461080e578063f3b8bd5e14610816575f5ffd5b8063be5cdc48116100b8578063be5cdc48146107c6578063c0cc4add146107d9578063c0f3f2e9146107ec575f5ffd5b8063b396dc7914610792578063b7c1b4f0146107b3575f5ffd5b806382d67e5a11610127578063a36f12551161010d578063a36f125514610764578063a3a0807e14610777578063a82da60d1461078a575f5ffd5b806382d67e5a14610731578063a29c29a414610751575f5ffd5b80636e2b54ee146104b2578063748de917146104c557806375710579146104e557806379502c5514610505575f5ffd5b806325c2cd121161020157806342656f66116101b75780635f3502131161019d5780635f350213146104475780636317e00b1461045a5780636b00c8cf1461047a575f5ffd5b806342656f6614610404578063458d2bf114610434575f5ffd5b8063278a3caf116101e7578063278a3caf146103825780632b7ac3f3146103a557806339311ef4146103f1575f5ffd5b806325c2cd121461034857806327614ec41461036f575f5ffd5b8063060406181161025657806308695fcd1161023c57806308695fcd1461030f5780630d283a82146103225780631282760214610335575f5ffd5b806306040618146102f2578063068edcda146102fa575f5ffd5b8062eff78314610285578062f74588146102ab57806301c11d96146102be57806305b90773146102d2575b5f5ffd5b610298610293366004614369565b6108a2565b6040519081526020015b60405180910390f35b6102986102b9366004614389565b6108b6565b6102986c0100000000000000000000000081565b6102e56102e0366004614389565b610923565b6040516102a291906143e1565b610298610939565b61030d610308366004614406565b610947565b005b61030d61031d366004614369565b610acf565b610298610330366004614432565b610f2d565b61030d61034336600461448a565b6113ca565b6102987f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b61029861037d366004614389565b611576565b610395610390366004614369565b611580565b60405190151581526020016102a2565b6103cc7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016102a2565b61030d6103ff3660046144b8565b6115ac565b610417610412366004614389565b611a25565b6040805193845291151560208401521515908201526060016102a2565b610298610442366004614389565b611a3f565b61029861045536600461448a565b611a51565b61046d610468366004614389565b611a5c565b6040516102a29190614505565b6103cc610488366004614389565b5f9081526002602052604090206001015473ffffffffffffffffffffffffffffffffffffffff1690565b61030d6104c0366004614389565b611b75565b6104d86104d3366004614389565b611dfd565b6040516102a29190614599565b6104f86104f336600461448a565b611e73565b6040516102a291906145f1565b61072460408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091526040518061014001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16815250905090565b6040516102a291906145ff565b61074461073f366004614389565b611ee6565b6040516102a291906146ee565b61030d61075f366004614389565b612023565b610298610772366004614389565b612213565b610395610785366004614389565b61221d565b610298608081565b6107a56107a0366004614389565b612241565b6040516102a29291906148f2565b6102986107c1366004614389565b612420565b6104f86107d4366004614389565b61247c565b6103956107e7366004614389565b6124b0565b6107f561010081565b60405167ffffffffffffffff90911681526020016102a2565b61030d6124bd565b610395610824366004614369565b612503565b610298610837366004614389565b5f908152600260208190526040909120015468010000000000000000900460ff1690565b61086e610869366004614389565b612516565b6040516102a2919061491d565b6103cc7f000000000000000000000000000000000000000000000000000000000000000081565b5f6108ad83836126c5565b90505b92915050565b5f81815260026020819052604082209060028201546901000000000000000000900460ff1660078111156108ec576108ec6143a0565b146108f957505f92915050565b80545f90815260016020526040902061091b8183610916826126f8565b612795565b949350505050565b5f8181526001602052604081206108b0906126f8565b5f6109426127e7565b905090565b5f6109518361281c565b80545f90815260016020526040902090915061096b612869565b5f6109746127e7565b5f868152600460209081526040808320600885901c845290915290205490915060ff82161c600116156109e2576040517fb17770b300000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044015b60405180910390fd5b5f5f6109f084868986612890565b9150915081610a35576040517f408df01900000000000000000000000000000000000000000000000000000000815260048101889052602481018490526044016109d9565b610a7486610a43838a612a34565b6004870154600189015474010000000000000000000000000000000000000000900467ffffffffffffffff16612a94565b5f878152600460209081526040808320600887901c84529091528082208054600160ff88161b17905551849189917f3c0e85acf452e867ee09c9151d2cf45fe6d6a729271347e89a9a6b91b081f31d9190a350505050505050565b5f610ad98361281c565b80545f908152600160205260409020909150610af36127e7565b8310610b2e576040517f835cda29000000000000000000000000000000000000000000000000000000008152600481018490526024016109d9565b5f610b3884612b9f565b9050610b6e67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168261495c565b4210610ba9576040517f7b3c3294000000000000000000000000000000000000000000000000000000008152600481018590526024016109d9565b5f858152600460209081526040808320600888901c845290915290205460ff85161c60011615610c0f576040517fb17770b300000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016109d9565b5f85815260056020908152604080832087845290915290205460ff1615610c6c576040517fdca21ba000000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016109d9565b610c74612869565b5f5f610c8284868989612890565b9150915081610cc7576040517f408df01900000000000000000000000000000000000000000000000000000000815260048101889052602481018790526044016109d9565b5f86815260076020526040902054610cea575f8681526007602052604090208190555b5f878152600560209081526040808320898452909152812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556006850154606490610d61907f000000000000000000000000000000000000000000000000000000000000000060ff169061496f565b610d6b91906149b3565b90508560030154811115610d80575060038501545b5f6064610db060ff7f0000000000000000000000000000000000000000000000000000000000000000168461496f565b610dba91906149b3565b905081876003015f828254610dcf91906149c6565b90915550610ddf905081836149c6565b866008015f828254610df1919061495c565b909155505060028701805460019190600890610e1d90849068010000000000000000900460ff166149d9565b92506101000a81548160ff021916908360ff1602179055503373ffffffffffffffffffffffffffffffffffffffff16888a7fe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd8585604051610e88929190918252602082015260400190565b60405180910390a4600287015460ff7f00000000000000000000000000000000000000000000000000000000000000008116680100000000000000009092041610610edb57610edb8688895f0154612be0565b8015610f2257610f2273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383612fa5565b505050505050505050565b5f610f378261302b565b81604051602001610f489190614ab4565b60408051601f1981840301815291815281516020928301205f818152600190935290822090925090815460ff166005811115610f8657610f866143a0565b14610fc0576040517fa4a99c61000000000000000000000000000000000000000000000000000000008152600481018390526024016109d9565b610fc8612869565b602083015f60a0850135610fe26060870160408801614bff565b67ffffffffffffffff16610ff6919061496f565b90505f6110066020840184614bff565b67ffffffffffffffff166110206060850160408601614bff565b6110349067ffffffffffffffff168461496f565b61103e919061496f565b5f8681526020819052604090209091504290879061105c8282614ea6565b5050845467ffffffffffffffff821662010000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff009091161760011785556110ac61014088016101208901614bff565b6110b69082615104565b855467ffffffffffffffff919091166a0100000000000000000000027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff9091161785556111096060850160408601614bff565b6111139082615104565b855467ffffffffffffffff919091167201000000000000000000000000000000000000027fffffffffffff0000000000000000ffffffffffffffffffffffffffffffffffff90911617855561116b6020850185614bff565b6002860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556111b660e0850160c08601614bff565b60028601805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905561120e6080850160608601614bff565b60028601805467ffffffffffffffff92909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff90921691909117905561126b6020880188615124565b6003860180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556112c0610100880188614c26565b60209081013560048701556005860184905560a0850135906112e89060408701908701614bff565b67ffffffffffffffff166112fc919061496f565b6006860155600885018290556113156020880188615124565b73ffffffffffffffffffffffffffffffffffffffff16867fa0f8d354e6a897b29de3ffa6d4611b40e05e02be5e578df72c4278437460804886885f01600a9054906101000a900467ffffffffffffffff16866040516113769392919061513f565b60405180910390a36113c073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633308561370c565b5050505050919050565b5f6113d483613752565b90505f5f6113e38585856137b0565b915091506113f183826138c0565b505f828152600360205260409020805460ff7f000000000000000000000000000000000000000000000000000000000000000016811061145d576040517f672dca1500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b818110156114f0573373ffffffffffffffffffffffffffffffffffffffff168382815481106114905761149061516a565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff16036114e8576040517f87b34a0600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60010161145f565b506114f9612869565b81546001810183555f8381526020812090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633908117909155604051909167ffffffffffffffff8916918a917fcd5d122aa246ae3e098eeae86c6f19870c950cfbfacf43ccbcf914a9f7e4298a91a450505050505050565b5f6108b082612b9f565b5f828152600460209081526040808320600885901c845290915281205460ff83161c60011615156108ad565b5f6115b684613752565b90505f5f6115c58686856137b0565b915091505f6115d484836138c0565b5f8481526003602052604090208054919250908015611692575f805b82811015611658573373ffffffffffffffffffffffffffffffffffffffff168482815481106116215761162161516a565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff16036116505760019150611658565b6001016115f0565b5080611690576040517f81fdcd7e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b61169a612869565b5f6116a36127e7565b90505f5f6116b0836139f8565b5091509150806116ef576040517fc7234db2000000000000000000000000000000000000000000000000000000008152600481018490526024016109d9565b6117088a6116fd848b612a34565b8b600401548e612a94565b60068901546001880180547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317905560028801805467ffffffffffffffff429081167fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090921691909117690200000000000000000017909155600389018290559085156117a7575f8a81526003602052604081206117a7916142bc565b60018b810180546010906117da908490700100000000000000000000000000000000900467ffffffffffffffff16615104565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508167ffffffffffffffff168b6007015f82825461181d919061495c565b925050819055503373ffffffffffffffffffffffffffffffffffffffff168d67ffffffffffffffff168f7fc212a62354384ab4f827252941f6f8a31432bc233e552f649008d638532c4329848c6040516118839291909182521515602082015260400190565b60405180910390a487156119145760018b810180546018906118cc9084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16615197565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555088600401548b6009015f82825461190991906149c6565b909155506119d39050565b60028b015460018c015467ffffffffffffffff918216700100000000000000000000000000000000909104909116106119d3578a547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166002178b5560018b01805467ffffffffffffffff84167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000009091161790556040518e907fb8bfe4ee9bf646eaec6391ae7bb765f848a10dabf80654cdcd1da215901b6914905f90a25b611a1573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633308461370c565b5050505050505050505050505050565b5f5f5f611a31846139f8565b9250925092505b9193909250565b5f6108b082611a4c6127e7565b6126c5565b5f6108ad8383613ae9565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905290611aa58361281c565b9050604051806101000160405280611ad060015f855f015481526020019081526020015f2084613b2e565b6007811115611ae157611ae16143a0565b815282546020820152600183015467ffffffffffffffff7401000000000000000000000000000000000000000082048116604084015273ffffffffffffffffffffffffffffffffffffffff90911660608301526002840154908116608083015260ff680100000000000000009091041660a0820152600383015460c082015260049092015460e09092019190915292915050565b5f611b7f82613752565b600381015490915073ffffffffffffffffffffffffffffffffffffffff163314611bd7576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081523360048201526024016109d9565b5f611be1826126f8565b90506001816005811115611bf757611bf76143a0565b1480611c1457506002816005811115611c1257611c126143a0565b145b15611c4d57806040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b6004816005811115611c6157611c616143a0565b148015611cbc57508154611cb89067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691720100000000000000000000000000000000000090041661495c565b4211155b15611cf65760026040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b8154610100900460ff1615611d3a576040517fc4e4c7d9000000000000000000000000000000000000000000000000000000008152600481018490526024016109d9565b5f611d458383613c04565b83547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100178455604051909150339085907f153c2cd6ce291a0615516fae8ebb447d7d358491eeefe54fdf184d05637f544390611da890869086906151b7565b60405180910390a38015611df757611df773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383612fa5565b50505050565b5f81815260036020908152604091829020805483518184028101840190945280845260609392830182828015611e6757602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611e3c575b50505050509050919050565b5f82815260016020526040812081815460ff166005811115611e9757611e976143a0565b1480611eb55750600281015467ffffffffffffffff90811690841610155b15611ec3575f9150506108b0565b61091b8160025f611ed48888613ae9565b81526020019081526020015f20613b2e565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905290611f3783613752565b9050604051806101200160405280611f4e836126f8565b6005811115611f5f57611f5f6143a0565b8152825467ffffffffffffffff620100008204811660208401526a010000000000000000000082048116604084015272010000000000000000000000000000000000008204811660608401526001909401548085166080840152680100000000000000008104851660a08401527001000000000000000000000000000000008104851660c08401527801000000000000000000000000000000000000000000000000900490931660e082015260ff6101009384900416151592019190915292915050565b5f61202d8261281c565b600181015490915073ffffffffffffffffffffffffffffffffffffffff163314612085576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081523360048201526024016109d9565b80545f8181526001602052604081209061209e826126f8565b905060018160058111156120b4576120b46143a0565b036120c9576120c4828585613c7e565b61220c565b60028160058111156120dd576120dd6143a0565b036120f5576120ea612869565b6120c4828585612be0565b600560028501546901000000000000000000900460ff16600781111561211d5761211d6143a0565b036121575760056040517fd7f0e3080000000000000000000000000000000000000000000000000000000081526004016109d991906145f1565b600481600581111561216b5761216b6143a0565b1480156121c6575081546121c29067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811691720100000000000000000000000000000000000090041661495c565b4211155b156122005760026040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b61220c82858784613e46565b5050505050565b5f6108b082613f18565b5f61223a8261222a6127e7565b61223590600161495c565b613f4d565b5092915050565b6122496142d7565b5f5f6122548461281c565b80545f9081526020818152604091829020600180850154845160a08082018752845473ffffffffffffffffffffffffffffffffffffffff168252865160e0810188529385015467ffffffffffffffff808216865268010000000000000000820481168689015270010000000000000000000000000000000082048116868a0152780100000000000000000000000000000000000000000000000090910481166060860152600286015460808601526003860154918501919091526004850154811660c0850152948101929092528451808601865260058401805497985093967401000000000000000000000000000000000000000090920490941694919386939285019290918290829061236790614cc3565b80601f016020809104026020016040519081016040528092919081815260200182805461239390614cc3565b80156123de5780601f106123b5576101008083540402835291602001916123de565b820191905f5260205f20905b8154815290600101906020018083116123c157829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff1690820152600890910154604090910152969095509350505050565b5f81815260016020526040812081815460ff166005811115612444576124446143a0565b148061245657508054610100900460ff165b1561246357505f92915050565b61247581612470836126f8565b613c04565b9392505050565b5f818152600260205260408120805461249757505f92915050565b80545f9081526001602052604090206124759082613b2e565b5f61223a826122356127e7565b6124c5612869565b5f6124ce6127e7565b905080156124e9576124e96124e46001836149c6565b613f97565b6124f281613f97565b6125006124e482600161495c565b50565b5f61250e8383613f4d565b509392505050565b61251e6142d7565b61252782613752565b505f8281526020818152604091829020825160a08082018552825473ffffffffffffffffffffffffffffffffffffffff168252845160e081018652600184015467ffffffffffffffff8082168352680100000000000000008204811683880152700100000000000000000000000000000000820481168389015278010000000000000000000000000000000000000000000000009091048116606083015260028501546080830152600385015492820192909252600484015490911660c0820152928101929092528251808401845260058201805493949293928501928290829061261190614cc3565b80601f016020809104026020016040519081016040528092919081815260200182805461263d90614cc3565b80156126885780601f1061265f57610100808354040283529160200191612688565b820191905f5260205f20905b81548152906001019060200180831161266b57829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff169082015260089091015460409091015292915050565b5f5f5f6126d1846139f8565b5091509150806126e5575f925050506108b0565b6126ef8286612a34565b95945050505050565b80545f9060ff166001816005811115612713576127136143a0565b148015612738575082546a0100000000000000000000900467ffffffffffffffff1642115b156127465750600392915050565b600281600581111561275a5761275a6143a0565b148015612787575082547201000000000000000000000000000000000000900467ffffffffffffffff1642115b156108b05750600492915050565b60028201545f9067ffffffffffffffff166127b08584613fd5565b6127ba91906149c6565b84600501546127c9919061496f565b836004015484600301546127dd919061495c565b61091b919061495c565b5f61094267ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016426149b3565b5f8181526002602052604090208054612864576040517fb26dbc2f000000000000000000000000000000000000000000000000000000008152600481018390526024016109d9565b919050565b5f6128726127e7565b905061287d8161406f565b61250061288b82600161495c565b61406f565b5f806002865460ff1660058111156128aa576128aa6143a0565b1415806128dc57506002808601546901000000000000000000900460ff1660078111156128d9576128d96143a0565b14155b156128eb57505f905080612a2b565b6128f36127e7565b6128fe90600161495c565b83111561290f57505f905080612a2b565b5f61291984613f18565b600188015490915067ffffffffffffffff168110806129455750600286015467ffffffffffffffff1681105b80612978575086547201000000000000000000000000000000000000900467ffffffffffffffff1661297685612b9f565b115b1561298957505f9150819050612a2b565b5f5f5f612995876139f8565b9250925092508115806129a6575080155b156129bb57505f9450849350612a2b92505050565b5f6129c6848a612a34565b6040516020016129d891815260200190565b60408051808303601f19018152919052805160209091012060028c0154909150612a2090700100000000000000000000000000000000900467ffffffffffffffff16826151d2565b159650929450505050505b94509492505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018383604051602001612a72929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c6108ad91906151d2565b604080516060810182528481526020810184905267ffffffffffffffff83168183015290517f30983e9200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906330983e9290612b2a90889085906004016151e5565b602060405180830381865afa158015612b45573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b699190615259565b61220c576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016612bd683600161495c565b6108b0919061496f565b60018201546004830154600384015473ffffffffffffffffffffffffffffffffffffffff909216915f91612c139161495c565b90505f60647f000000000000000000000000000000000000000000000000000000000000000060ff168760060154612c4b919061496f565b612c5591906149b3565b905081811115612c625750805b60018681018054601090612c95908490700100000000000000000000000000000000900467ffffffffffffffff16615197565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550846002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16866007015f828254612cef91906149c6565b909155505060018681018054601890612d2f9084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16615104565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508082612d6191906149c6565b866008015f828254612d73919061495c565b9250508190555080866009015f828254612d8d919061495c565b90915550506001850180547fffffffffffffffffffffffff000000000000000000000000000000000000000016908190556002860180545f6003890155600488018490557fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000016690700000000000000000017905560408051838152905173ffffffffffffffffffffffffffffffffffffffff86169274010000000000000000000000000000000000000000900467ffffffffffffffff169187917fda720d31b138c4ca4c5ed18cacf9e38de9b3ef65e7f10eb40fc7753dd03f26759181900360200190a46002865460ff166005811115612e8957612e896143a0565b148015612ed45750600286015460018701546801000000000000000090910467ffffffffffffffff908116780100000000000000000000000000000000000000000000000090920416115b8015612f01575085547201000000000000000000000000000000000000900467ffffffffffffffff164211155b15612f9d5785547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600517865560018601805467ffffffffffffffff421668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90911617905560405184907f4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02905f90a25b505050505050565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261302691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614119565b505050565b602081013361303a8284615124565b73ffffffffffffffffffffffffffffffffffffffff1614613089576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081523360048201526024016109d9565b6130966020820182614bff565b67ffffffffffffffff1615806130c357506101006130b76020830183614bff565b67ffffffffffffffff16115b1561312a576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f736c6f747300000000000000000000000000000000000000000000000000000060448201526064016109d9565b6131376020820182614bff565b67ffffffffffffffff1661315160e0830160c08401614bff565b67ffffffffffffffff16106131c2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6d6178536c6f744c6f737300000000000000000000000000000000000000000060448201526064016109d9565b6131d26040820160208301614bff565b67ffffffffffffffff165f03613244576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f736c6f7453697a6500000000000000000000000000000000000000000000000060448201526064016109d9565b6132546060820160408301614bff565b67ffffffffffffffff1615806132ac575067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166132a06060830160408401614bff565b67ffffffffffffffff16115b15613313576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6475726174696f6e00000000000000000000000000000000000000000000000060448201526064016109d9565b61332561014083016101208401614bff565b67ffffffffffffffff16158061336f57506133466060820160408301614bff565b67ffffffffffffffff1661336261014084016101208501614bff565b67ffffffffffffffff1610155b156133d6576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f657870697279000000000000000000000000000000000000000000000000000060448201526064016109d9565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166134116080830160608401614bff565b67ffffffffffffffff161080613469575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661345d6080830160608401614bff565b67ffffffffffffffff16115b156134d0576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f70726f6f6650726f626162696c6974790000000000000000000000000000000060448201526064016109d9565b608081013515806134f257506c01000000000000000000000000816080013510155b15613559576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f7072696365506572427974655065725365636f6e64000000000000000000000060448201526064016109d9565b60a0810135158061357b57506c010000000000000000000000008160a0013510155b156135e2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601160248201527f636f6c6c61746572616c5065724279746500000000000000000000000000000060448201526064016109d9565b5f6135f1610100840184614c26565b6135fb9080614c62565b91505080158061360b5750608081115b15613672576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f636964000000000000000000000000000000000000000000000000000000000060448201526064016109d9565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016136a1610100850185614c26565b6020013510613026576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f766572696679526f6f740000000000000000000000000000000000000000000060448201526064016109d9565b60405173ffffffffffffffffffffffffffffffffffffffff8481166024830152838116604483015260648201839052611df79186918216906323b872dd90608401612fdf565b5f81815260016020526040812090815460ff166005811115613776576137766143a0565b03612864576040517f7bbe34c9000000000000000000000000000000000000000000000000000000008152600481018390526024016109d9565b60028101545f90819067ffffffffffffffff9081169085161061380b576040517f17bc32db00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016109d9565b6138158585613ae9565b5f818152600260205260409020805491935091506138b857848155600180820180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8816021790556002820180547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669010000000000000000008302179055505b935093915050565b5f5f6138cb846126f8565b60028401549091506901000000000000000000900460ff1660018260058111156138f7576138f76143a0565b03613953576001816007811115613910576139106143a0565b1461394957806040517fd7f0e3080000000000000000000000000000000000000000000000000000000081526004016109d991906145f1565b5f925050506108b0565b6002826005811115613967576139676143a0565b036139c4576007816007811115613980576139806143a0565b146139b957806040517fd7f0e3080000000000000000000000000000000000000000000000000000000081526004016109d991906145f1565b6001925050506108b0565b816040517f1d8105940000000000000000000000000000000000000000000000000000000081526004016109d991906143e1565b5f81815260066020526040812080548291829167ffffffffffffffff1615801590613a415750613a2785613f18565b815468010000000000000000900467ffffffffffffffff16105b5f86815260076020526040902054945091508315613a63575060019150611a38565b805467ffffffffffffffff16801580613a7c5750438110155b15613a8f57505f9350839250611a389050565b5f613a99826141b8565b905080613aaf57505f9450849350611a38915050565b6040805160208101839052908101889052606001604051602081830303815290604052805190602001206001955095505050509193909250565b5f8282604051602001613b1092919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905092915050565b5f600560028301546901000000000000000000900460ff166007811115613b5757613b576143a0565b03613b64575060056108b0565b5f613b6e846126f8565b90506003816005811115613b8457613b846143a0565b03613b935760069150506108b0565b6005816005811115613ba757613ba76143a0565b03613bb65760049150506108b0565b6004816005811115613bca57613bca6143a0565b03613bd95760039150506108b0565b8254613be95760019150506108b0565b5050600201546901000000000000000000900460ff16919050565b600782015460018301545f918291700100000000000000000000000000000000900467ffffffffffffffff16613c3a8686613fd5565b613c44919061496f565b613c4e91906149c6565b8460050154613c5d919061496f565b90508084600901548560080154613c74919061495c565b61091b91906149c6565b6001828101546003840154858301805473ffffffffffffffffffffffffffffffffffffffff909316939192601090613cd5908490700100000000000000000000000000000000900467ffffffffffffffff16615197565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550836002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16856007015f828254613d2f91906149c6565b90915550506001840180547fffffffffffffffffffffffff000000000000000000000000000000000000000016908190556002850180545f600388018190557fffffffffffffffffffffffffffffffffffffffffffff00ff000000000000000090911669010000000000000000001790915560405173ffffffffffffffffffffffffffffffffffffffff85169274010000000000000000000000000000000000000000900467ffffffffffffffff169186917ff186f84f6208b21d0b91c9d5d68111f881618fb65aad9a153e5083a8d7ec04e09190a461220c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168383612fa5565b5f613e52858584612795565b60028501805469050000000000000000007fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff9091161790555f600386018190556004860155604051818152909150339084907fae743959155d26834a1eab52f61cf24a69645733bda1f49a220c4bafa88107519060200160405180910390a3801561220c5761220c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383612fa5565b5f6108b067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361496f565b5f8281526002602052604081208054829190613f6f57505f9150819050613f90565b80545f908152600160205260409020613f8a90828787612890565b92509250505b9250929050565b5f8181526007602052604090205415613fad5750565b5f5f613fb8836139f8565b5091509150801561302657505f9182526007602052604090912055565b5f6003826005811115613fea57613fea6143a0565b0361400f575081546a0100000000000000000000900467ffffffffffffffff166108b0565b6005826005811115614023576140236143a0565b036140495750600182015468010000000000000000900467ffffffffffffffff166108b0565b5050547201000000000000000000000000000000000000900467ffffffffffffffff1690565b5f818152600660205260409020805467ffffffffffffffff1615614091575050565b80544267ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909216439182161791909117825560405183917f7533b1b4824739aa6ccaa9fe69ebabf7cd867b3c42f18208b088f10a2ebf51c99161410d91815260200190565b60405180910390a25050565b5f5f60205f8451602086015f885af180614138576040513d5f823e3d81fd5b50505f513d9150811561414f578060011415614169565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15611df7576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016109d9565b5f6101006141c683436149c6565b116141d057504090565b71f90827f1c53a10cb7a02335b1753200029353b5f036141f157505f919050565b5f5f71f90827f1c53a10cb7a02335b17532000293573ffffffffffffffffffffffffffffffffffffffff168460405160200161422f91815260200190565b60408051601f198184030181529082905261424991615278565b5f60405180830381855afa9150503d805f8114614281576040519150601f19603f3d011682016040523d82523d5f602084013e614286565b606091505b509150915081158061429a57508051602014155b156142a857505f9392505050565b8080602001905181019061091b919061528e565b5080545f8255905f5260205f20908101906125009190614351565b6040805160a080820183525f808352835160e0810185528181526020818101839052948101829052606081018290526080810182905291820181905260c08201529091820190815260200161433e6040518060400160405280606081526020015f81525090565b81525f6020820181905260409091015290565b5b80821115614365575f8155600101614352565b5090565b5f5f6040838503121561437a575f5ffd5b50508035926020909101359150565b5f60208284031215614399575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600681106143dd576143dd6143a0565b9052565b602081016108b082846143cd565b5f6101008284031215614400575f5ffd5b50919050565b5f5f6101208385031215614418575f5ffd5b8235915061442984602085016143ef565b90509250929050565b5f60208284031215614442575f5ffd5b813567ffffffffffffffff811115614458575f5ffd5b82016101608185031215612475575f5ffd5b67ffffffffffffffff81168114612500575f5ffd5b80356128648161446a565b5f5f6040838503121561449b575f5ffd5b8235915060208301356144ad8161446a565b809150509250929050565b5f5f5f61014084860312156144cb575f5ffd5b8335925060208401356144dd8161446a565b91506144ec85604086016143ef565b90509250925092565b600881106143dd576143dd6143a0565b5f610100820190506145188284516144f5565b6020830151602083015267ffffffffffffffff604084015116604083015273ffffffffffffffffffffffffffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015260a083015161457e60a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b818110156145e657835173ffffffffffffffffffffffffffffffffffffffff168352602093840193909201916001016145b2565b509095945050505050565b602081016108b082846144f5565b815167ffffffffffffffff1681526101408101602083015161462d602084018267ffffffffffffffff169052565b506040830151614649604084018267ffffffffffffffff169052565b506060830151614665606084018267ffffffffffffffff169052565b50608083015161467a608084018260ff169052565b5060a083015161468f60a084018260ff169052565b5060c08301516146a460c084018260ff169052565b5060e08301516146b960e084018260ff169052565b506101008301516146d061010084018260ff169052565b5061012083015161223a61012084018267ffffffffffffffff169052565b5f610120820190506147018284516143cd565b67ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151614744606084018267ffffffffffffffff169052565b506080830151614760608084018267ffffffffffffffff169052565b5060a083015161477c60a084018267ffffffffffffffff169052565b5060c083015161479860c084018267ffffffffffffffff169052565b5060e08301516147b460e084018267ffffffffffffffff169052565b5061010083015161223a61010084018215159052565b5f81516040845280518060408601528060208301606087015e5f60608287010152602084015160208601526060601f19601f8301168601019250505092915050565b73ffffffffffffffffffffffffffffffffffffffff81511682525f602082015167ffffffffffffffff815116602085015267ffffffffffffffff602082015116604085015267ffffffffffffffff604082015116606085015267ffffffffffffffff6060820151166080850152608081015160a085015260a081015160c085015267ffffffffffffffff60c08201511660e08501525060408201516101606101008501526148be6101608501826147ca565b905060608301516148dc61012086018267ffffffffffffffff169052565b5060808301516101408501528091505092915050565b604081525f614904604083018561480c565b905067ffffffffffffffff831660208301529392505050565b602081525f6108ad602083018461480c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156108b0576108b061492f565b80820281158282048414176108b0576108b061492f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826149c1576149c1614986565b500490565b818103818111156108b0576108b061492f565b60ff81811683821601908111156108b0576108b061492f565b73ffffffffffffffffffffffffffffffffffffffff81168114612500575f5ffd5b8035614a1e8161446a565b67ffffffffffffffff1682526020810135614a388161446a565b67ffffffffffffffff1660208301526040810135614a558161446a565b67ffffffffffffffff166040830152614a706060820161447f565b67ffffffffffffffff1660608301526080818101359083015260a08082013590830152614a9f60c0820161447f565b67ffffffffffffffff811660c0840152505050565b602081525f8235614ac4816149f2565b73ffffffffffffffffffffffffffffffffffffffff8116602084015250614af16040830160208501614a13565b6101008301357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1843603018112614b26575f5ffd5b61016061012084015283018035368290037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1018112614b63575f5ffd5b810160208101903567ffffffffffffffff811115614b7f575f5ffd5b803603821315614b8d575f5ffd5b6040610180860152806101c086015280826101e08701375f8582016101e0015260208301356101a086018190529150614bc9610120870161447f565b67ffffffffffffffff811661014087015292506101409590950135610160850152505050601f91909101601f1916016101e00190565b5f60208284031215614c0f575f5ffd5b81356124758161446a565b5f81356108b08161446a565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1833603018112614c58575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614c95575f5ffd5b83018035915067ffffffffffffffff821115614caf575f5ffd5b602001915036819003821315613f90575f5ffd5b600181811c90821680614cd757607f821691505b602082108103614400577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561302657805f5260205f20601f840160051c81016020851015614d335750805b601f840160051c820191505b8181101561220c575f8155600101614d3f565b81357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1833603018112614d83575f5ffd5b8201803567ffffffffffffffff81118015614d9c575f5ffd5b813603602084011315614dad575f5ffd5b5f905050614dc581614dbf8554614cc3565b85614d0e565b5f601f821160018114614e18575f8315614de25750838201602001355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178555614e93565b5f85815260208120601f198516915b82811015614e4957602085880181013583559485019460019092019101614e27565b5084821015614e87577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b8135614eb1816149f2565b73ffffffffffffffffffffffffffffffffffffffff81167fffffffffffffffffffffffff000000000000000000000000000000000000000083541617825550600181016020830135614f028161446a565b81547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8216178255506040830135614f438161446a565b81547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff000000000000000016178155614fda614f9160608501614c1a565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b615032614fe960808501614c1a565b825477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016178255565b5060a0820135600282015560c0820135600382015561509061505660e08401614c1a565b6004830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6150aa6150a1610100840184614c26565b60058301614d52565b6150f46150ba6101208401614c1a565b6007830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6101409190910135600890910155565b67ffffffffffffffff81811683821601908111156108b0576108b061492f565b5f60208284031215615134575f5ffd5b8135612475816149f2565b610120810161514e8286614a13565b67ffffffffffffffff9390931660e08201526101000152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff82811682821603908111156108b0576108b061492f565b604081016151c582856143cd565b8260208301529392505050565b5f826151e0576151e0614986565b500690565b6101608101604084833760408201604085015f5b600281101561521a57604082843760409283019291909101906001016151f9565b505050604060c0850160c08401376101008201835f5b600381101561524f578151835260209283019290910190600101615230565b5050509392505050565b5f60208284031215615269575f5ffd5b81518015158114612475575f5ffd5b5f82518060208501845e5f920191825250919050565b5f6020828403121561529e575f5ffd5b505191905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x81W_5`\xE0\x1C\x80cn+T\xEE\x11a\x01WW\x80c\xB3\x96\xDCy\x11a\0\xD2W\x80c\xDF<Ag\x11a\0\x88W\x80c\xF7R\x19k\x11a\0nW\x80c\xF7R\x19k\x14a\x08)W\x80c\xFB\x1Ea\xCA\x14a\x08[W\x80c\xFC\x0CTj\x14a\x08{W__\xFD[\x80c\xDF<Ag\x14a\x08\x0EW\x80c\xF3\xB8\xBD^\x14a\x08\x16W__\xFD[\x80c\xBE\\\xDCH\x11a\0\xB8W\x80c\xBE\\\xDCH\x14a\x07\xC6W\x80c\xC0\xCCJ\xDD\x14a\x07\xD9W\x80c\xC0\xF3\xF2\xE9\x14a\x07\xECW__\xFD[\x80c\xB3\x96\xDCy\x14a\x07\x92W\x80c\xB7\xC1\xB4\xF0\x14a\x07\xB3W__\xFD[\x80c\x82\xD6~Z\x11a\x01'W\x80c\xA3o\x12U\x11a\x01\rW\x80c\xA3o\x12U\x14a\x07dW\x80c\xA3\xA0\x80~\x14a\x07wW\x80c\xA8-\xA6\r\x14a\x07\x8AW__\xFD[\x80c\x82\xD6~Z\x14a\x071W\x80c\xA2\x9C)\xA4\x14a\x07QW__\xFD[\x80cn+T\xEE\x14a\x04\xB2W\x80ct\x8D\xE9\x17\x14a\x04\xC5W\x80cuq\x05y\x14a\x04\xE5W\x80cyP,U\x14a\x05\x05W__\xFD[\x80c%\xC2\xCD\x12\x11a\x02\x01W\x80cBeof\x11a\x01\xB7W\x80c_5\x02\x13\x11a\x01\x9DW\x80c_5\x02\x13\x14a\x04GW\x80cc\x17\xE0\x0B\x14a\x04ZW\x80ck\0\xC8\xCF\x14a\x04zW__\xFD[\x80cBeof\x14a\x04\x04W\x80cE\x8D+\xF1\x14a\x044W__\xFD[\x80c'\x8A<\xAF\x11a\x01\xE7W\x80c'\x8A<\xAF\x14a\x03\x82W\x80c+z\xC3\xF3\x14a\x03\xA5W\x80c91\x1E\xF4\x14a\x03\xF1W__\xFD[\x80c%\xC2\xCD\x12\x14a\x03HW\x80c'aN\xC4\x14a\x03oW__\xFD[\x80c\x06\x04\x06\x18\x11a\x02VW\x80c\x08i_\xCD\x11a\x02<W\x80c\x08i_\xCD\x14a\x03\x0FW\x80c\r(:\x82\x14a\x03\"W\x80c\x12\x82v\x02\x14a\x035W__\xFD[\x80c\x06\x04\x06\x18\x14a\x02\xF2W\x80c\x06\x8E\xDC\xDA\x14a\x02\xFAW__\xFD[\x80b\xEF\xF7\x83\x14a\x02\x85W\x80b\xF7E\x88\x14a\x02\xABW\x80c\x01\xC1\x1D\x96\x14a\x02\xBEW\x80c\x05\xB9\x07s\x14a\x02\xD2W[__\xFD[a\x02\x98a\x02\x936`\x04aCiV[a\x08\xA2V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x98a\x02\xB96`\x04aC\x89V[a\x08\xB6V[a\x02\x98l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x02\xE5a\x02\xE06`\x04aC\x89V[a\t#V[`@Qa\x02\xA2\x91\x90aC\xE1V[a\x02\x98a\t9V[a\x03\ra\x03\x086`\x04aD\x06V[a\tGV[\0[a\x03\ra\x03\x1D6`\x04aCiV[a\n\xCFV[a\x02\x98a\x0306`\x04aD2V[a\x0F-V[a\x03\ra\x03C6`\x04aD\x8AV[a\x13\xCAV[a\x02\x98\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x81V[a\x02\x98a\x03}6`\x04aC\x89V[a\x15vV[a\x03\x95a\x03\x906`\x04aCiV[a\x15\x80V[`@Q\x90\x15\x15\x81R` \x01a\x02\xA2V[a\x03\xCC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA2V[a\x03\ra\x03\xFF6`\x04aD\xB8V[a\x15\xACV[a\x04\x17a\x04\x126`\x04aC\x89V[a\x1A%V[`@\x80Q\x93\x84R\x91\x15\x15` \x84\x01R\x15\x15\x90\x82\x01R``\x01a\x02\xA2V[a\x02\x98a\x04B6`\x04aC\x89V[a\x1A?V[a\x02\x98a\x04U6`\x04aD\x8AV[a\x1AQV[a\x04ma\x04h6`\x04aC\x89V[a\x1A\\V[`@Qa\x02\xA2\x91\x90aE\x05V[a\x03\xCCa\x04\x886`\x04aC\x89V[_\x90\x81R`\x02` R`@\x90 `\x01\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x03\ra\x04\xC06`\x04aC\x89V[a\x1BuV[a\x04\xD8a\x04\xD36`\x04aC\x89V[a\x1D\xFDV[`@Qa\x02\xA2\x91\x90aE\x99V[a\x04\xF8a\x04\xF36`\x04aD\x8AV[a\x1EsV[`@Qa\x02\xA2\x91\x90aE\xF1V[a\x07$`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91R`@Q\x80a\x01@\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x02\xA2\x91\x90aE\xFFV[a\x07Da\x07?6`\x04aC\x89V[a\x1E\xE6V[`@Qa\x02\xA2\x91\x90aF\xEEV[a\x03\ra\x07_6`\x04aC\x89V[a #V[a\x02\x98a\x07r6`\x04aC\x89V[a\"\x13V[a\x03\x95a\x07\x856`\x04aC\x89V[a\"\x1DV[a\x02\x98`\x80\x81V[a\x07\xA5a\x07\xA06`\x04aC\x89V[a\"AV[`@Qa\x02\xA2\x92\x91\x90aH\xF2V[a\x02\x98a\x07\xC16`\x04aC\x89V[a$ V[a\x04\xF8a\x07\xD46`\x04aC\x89V[a$|V[a\x03\x95a\x07\xE76`\x04aC\x89V[a$\xB0V[a\x07\xF5a\x01\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA2V[a\x03\ra$\xBDV[a\x03\x95a\x08$6`\x04aCiV[a%\x03V[a\x02\x98a\x0876`\x04aC\x89V[_\x90\x81R`\x02` \x81\x90R`@\x90\x91 \x01Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x90V[a\x08na\x08i6`\x04aC\x89V[a%\x16V[`@Qa\x02\xA2\x91\x90aI\x1DV[a\x03\xCC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_a\x08\xAD\x83\x83a&\xC5V[\x90P[\x92\x91PPV[_\x81\x81R`\x02` \x81\x90R`@\x82 \x90`\x02\x82\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a\x08\xECWa\x08\xECaC\xA0V[\x14a\x08\xF9WP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a\t\x1B\x81\x83a\t\x16\x82a&\xF8V[a'\x95V[\x94\x93PPPPV[_\x81\x81R`\x01` R`@\x81 a\x08\xB0\x90a&\xF8V[_a\tBa'\xE7V[\x90P\x90V[_a\tQ\x83a(\x1CV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\tka(iV[_a\tta'\xE7V[_\x86\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x85\x90\x1C\x84R\x90\x91R\x90 T\x90\x91P`\xFF\x82\x16\x1C`\x01\x16\x15a\t\xE2W`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x82\x90R`D\x01[`@Q\x80\x91\x03\x90\xFD[__a\t\xF0\x84\x86\x89\x86a(\x90V[\x91P\x91P\x81a\n5W`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90R`D\x01a\t\xD9V[a\nt\x86a\nC\x83\x8Aa*4V[`\x04\x87\x01T`\x01\x89\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a*\x94V[_\x87\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x80\x82 \x80T`\x01`\xFF\x88\x16\x1B\x17\x90UQ\x84\x91\x89\x91\x7F<\x0E\x85\xAC\xF4R\xE8g\xEE\t\xC9\x15\x1D,\xF4_\xE6\xD6\xA7)'\x13G\xE8\x9A\x9Ak\x91\xB0\x81\xF3\x1D\x91\x90\xA3PPPPPPPV[_a\n\xD9\x83a(\x1CV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\n\xF3a'\xE7V[\x83\x10a\x0B.W`@Q\x7F\x83\\\xDA)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\t\xD9V[_a\x0B8\x84a+\x9FV[\x90Pa\x0Bng\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82aI\\V[B\x10a\x0B\xA9W`@Q\x7F{<2\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\t\xD9V[_\x85\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x88\x90\x1C\x84R\x90\x91R\x90 T`\xFF\x85\x16\x1C`\x01\x16\x15a\x0C\x0FW`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x85\x90R`D\x01a\t\xD9V[_\x85\x81R`\x05` \x90\x81R`@\x80\x83 \x87\x84R\x90\x91R\x90 T`\xFF\x16\x15a\x0ClW`@Q\x7F\xDC\xA2\x1B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x85\x90R`D\x01a\t\xD9V[a\x0Cta(iV[__a\x0C\x82\x84\x86\x89\x89a(\x90V[\x91P\x91P\x81a\x0C\xC7W`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x87\x90R`D\x01a\t\xD9V[_\x86\x81R`\x07` R`@\x90 Ta\x0C\xEAW_\x86\x81R`\x07` R`@\x90 \x81\x90U[_\x87\x81R`\x05` \x90\x81R`@\x80\x83 \x89\x84R\x90\x91R\x81 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90U`\x06\x85\x01T`d\x90a\ra\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x90aIoV[a\rk\x91\x90aI\xB3V[\x90P\x85`\x03\x01T\x81\x11\x15a\r\x80WP`\x03\x85\x01T[_`da\r\xB0`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aIoV[a\r\xBA\x91\x90aI\xB3V[\x90P\x81\x87`\x03\x01_\x82\x82Ta\r\xCF\x91\x90aI\xC6V[\x90\x91UPa\r\xDF\x90P\x81\x83aI\xC6V[\x86`\x08\x01_\x82\x82Ta\r\xF1\x91\x90aI\\V[\x90\x91UPP`\x02\x87\x01\x80T`\x01\x91\x90`\x08\x90a\x0E\x1D\x90\x84\x90h\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16aI\xD9V[\x92Pa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x8A\x7F\xE4\xC2\xA9\x9A\xEB\x10\x16?*\xD5$\xAA\x1F2\x85\xDF\x1A\xE8\xBAv\xC5v\xBF\xC1C\x93\x05\xC9\x9D\xCF\xA4\xCD\x85\x85`@Qa\x0E\x88\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA4`\x02\x87\x01T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16h\x01\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x0E\xDBWa\x0E\xDB\x86\x88\x89_\x01Ta+\xE0V[\x80\x15a\x0F\"Wa\x0F\"s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a/\xA5V[PPPPPPPPPV[_a\x0F7\x82a0+V[\x81`@Q` \x01a\x0FH\x91\x90aJ\xB4V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x81\x81R`\x01\x90\x93R\x90\x82 \x90\x92P\x90\x81T`\xFF\x16`\x05\x81\x11\x15a\x0F\x86Wa\x0F\x86aC\xA0V[\x14a\x0F\xC0W`@Q\x7F\xA4\xA9\x9Ca\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\xD9V[a\x0F\xC8a(iV[` \x83\x01_`\xA0\x85\x015a\x0F\xE2``\x87\x01`@\x88\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0F\xF6\x91\x90aIoV[\x90P_a\x10\x06` \x84\x01\x84aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10 ``\x85\x01`@\x86\x01aK\xFFV[a\x104\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84aIoV[a\x10>\x91\x90aIoV[_\x86\x81R` \x81\x90R`@\x90 \x90\x91PB\x90\x87\x90a\x10\\\x82\x82aN\xA6V[PP\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16b\x01\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\0\x90\x91\x16\x17`\x01\x17\x85Ua\x10\xACa\x01@\x88\x01a\x01 \x89\x01aK\xFFV[a\x10\xB6\x90\x82aQ\x04V[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11\t``\x85\x01`@\x86\x01aK\xFFV[a\x11\x13\x90\x82aQ\x04V[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11k` \x85\x01\x85aK\xFFV[`\x02\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x11\xB6`\xE0\x85\x01`\xC0\x86\x01aK\xFFV[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\x0E`\x80\x85\x01``\x86\x01aK\xFFV[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12k` \x88\x01\x88aQ$V[`\x03\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\xC0a\x01\0\x88\x01\x88aL&V[` \x90\x81\x015`\x04\x87\x01U`\x05\x86\x01\x84\x90U`\xA0\x85\x015\x90a\x12\xE8\x90`@\x87\x01\x90\x87\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12\xFC\x91\x90aIoV[`\x06\x86\x01U`\x08\x85\x01\x82\x90Ua\x13\x15` \x88\x01\x88aQ$V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86\x7F\xA0\xF8\xD3T\xE6\xA8\x97\xB2\x9D\xE3\xFF\xA6\xD4a\x1B@\xE0^\x02\xBE^W\x8D\xF7,BxCt`\x80H\x86\x88_\x01`\n\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@Qa\x13v\x93\x92\x91\x90aQ?V[`@Q\x80\x91\x03\x90\xA3a\x13\xC0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x85a7\x0CV[PPPPP\x91\x90PV[_a\x13\xD4\x83a7RV[\x90P__a\x13\xE3\x85\x85\x85a7\xB0V[\x91P\x91Pa\x13\xF1\x83\x82a8\xC0V[P_\x82\x81R`\x03` R`@\x90 \x80T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x10a\x14]W`@Q\x7Fg-\xCA\x15\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x81\x81\x10\x15a\x14\xF0W3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83\x82\x81T\x81\x10a\x14\x90Wa\x14\x90aQjV[_\x91\x82R` \x90\x91 \x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x14\xE8W`@Q\x7F\x87\xB3J\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x01a\x14_V[Pa\x14\xF9a(iV[\x81T`\x01\x81\x01\x83U_\x83\x81R` \x81 \x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x90\x81\x17\x90\x91U`@Q\x90\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x91\x8A\x91\x7F\xCD]\x12*\xA2F\xAE>\t\x8E\xEA\xE8lo\x19\x87\x0C\x95\x0C\xFB\xFA\xCFC\xCC\xBC\xF9\x14\xA9\xF7\xE4)\x8A\x91\xA4PPPPPPPV[_a\x08\xB0\x82a+\x9FV[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 `\x08\x85\x90\x1C\x84R\x90\x91R\x81 T`\xFF\x83\x16\x1C`\x01\x16\x15\x15a\x08\xADV[_a\x15\xB6\x84a7RV[\x90P__a\x15\xC5\x86\x86\x85a7\xB0V[\x91P\x91P_a\x15\xD4\x84\x83a8\xC0V[_\x84\x81R`\x03` R`@\x90 \x80T\x91\x92P\x90\x80\x15a\x16\x92W_\x80[\x82\x81\x10\x15a\x16XW3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84\x82\x81T\x81\x10a\x16!Wa\x16!aQjV[_\x91\x82R` \x90\x91 \x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x16PW`\x01\x91Pa\x16XV[`\x01\x01a\x15\xF0V[P\x80a\x16\x90W`@Q\x7F\x81\xFD\xCD~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P[a\x16\x9Aa(iV[_a\x16\xA3a'\xE7V[\x90P__a\x16\xB0\x83a9\xF8V[P\x91P\x91P\x80a\x16\xEFW`@Q\x7F\xC7#M\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\t\xD9V[a\x17\x08\x8Aa\x16\xFD\x84\x8Ba*4V[\x8B`\x04\x01T\x8Ea*\x94V[`\x06\x89\x01T`\x01\x88\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x17\x90U`\x02\x88\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x90\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x92\x16\x91\x90\x91\x17i\x02\0\0\0\0\0\0\0\0\0\x17\x90\x91U`\x03\x89\x01\x82\x90U\x90\x85\x15a\x17\xA7W_\x8A\x81R`\x03` R`@\x81 a\x17\xA7\x91aB\xBCV[`\x01\x8B\x81\x01\x80T`\x10\x90a\x17\xDA\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x04V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8B`\x07\x01_\x82\x82Ta\x18\x1D\x91\x90aI\\V[\x92PP\x81\x90UP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8Dg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8F\x7F\xC2\x12\xA6#T8J\xB4\xF8'%)A\xF6\xF8\xA3\x142\xBC#>U/d\x90\x08\xD68S,C)\x84\x8C`@Qa\x18\x83\x92\x91\x90\x91\x82R\x15\x15` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA4\x87\x15a\x19\x14W`\x01\x8B\x81\x01\x80T`\x18\x90a\x18\xCC\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x97V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x88`\x04\x01T\x8B`\t\x01_\x82\x82Ta\x19\t\x91\x90aI\xC6V[\x90\x91UPa\x19\xD3\x90PV[`\x02\x8B\x01T`\x01\x8C\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16\x10a\x19\xD3W\x8AT\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x02\x17\x8BU`\x01\x8B\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x90\x91\x16\x17\x90U`@Q\x8E\x90\x7F\xB8\xBF\xE4\xEE\x9B\xF6F\xEA\xECc\x91\xAE{\xB7e\xF8H\xA1\r\xAB\xF8\x06T\xCD\xCD\x1D\xA2\x15\x90\x1Bi\x14\x90_\x90\xA2[a\x1A\x15s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a7\x0CV[PPPPPPPPPPPPPPV[___a\x1A1\x84a9\xF8V[\x92P\x92P\x92P[\x91\x93\x90\x92PV[_a\x08\xB0\x82a\x1ALa'\xE7V[a&\xC5V[_a\x08\xAD\x83\x83a:\xE9V[`@\x80Qa\x01\0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90R\x90a\x1A\xA5\x83a(\x1CV[\x90P`@Q\x80a\x01\0\x01`@R\x80a\x1A\xD0`\x01_\x85_\x01T\x81R` \x01\x90\x81R` \x01_ \x84a;.V[`\x07\x81\x11\x15a\x1A\xE1Wa\x1A\xE1aC\xA0V[\x81R\x82T` \x82\x01R`\x01\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16``\x83\x01R`\x02\x84\x01T\x90\x81\x16`\x80\x83\x01R`\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\xA0\x82\x01R`\x03\x83\x01T`\xC0\x82\x01R`\x04\x90\x92\x01T`\xE0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_a\x1B\x7F\x82a7RV[`\x03\x81\x01T\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a\x1B\xD7W`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\xD9V[_a\x1B\xE1\x82a&\xF8V[\x90P`\x01\x81`\x05\x81\x11\x15a\x1B\xF7Wa\x1B\xF7aC\xA0V[\x14\x80a\x1C\x14WP`\x02\x81`\x05\x81\x11\x15a\x1C\x12Wa\x1C\x12aC\xA0V[\x14[\x15a\x1CMW\x80`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[`\x04\x81`\x05\x81\x11\x15a\x1CaWa\x1CaaC\xA0V[\x14\x80\x15a\x1C\xBCWP\x81Ta\x1C\xB8\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aI\\V[B\x11\x15[\x15a\x1C\xF6W`\x02`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[\x81Ta\x01\0\x90\x04`\xFF\x16\x15a\x1D:W`@Q\x7F\xC4\xE4\xC7\xD9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\t\xD9V[_a\x1DE\x83\x83a<\x04V[\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x17\x84U`@Q\x90\x91P3\x90\x85\x90\x7F\x15<,\xD6\xCE)\x1A\x06\x15Qo\xAE\x8E\xBBD}}5\x84\x91\xEE\xEF\xE5O\xDF\x18M\x05c\x7FTC\x90a\x1D\xA8\x90\x86\x90\x86\x90aQ\xB7V[`@Q\x80\x91\x03\x90\xA3\x80\x15a\x1D\xF7Wa\x1D\xF7s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a/\xA5V[PPPPV[_\x81\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\x1EgW` \x02\x82\x01\x91\x90_R` _ \x90[\x81Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x1E<W[PPPPP\x90P\x91\x90PV[_\x82\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a\x1E\x97Wa\x1E\x97aC\xA0V[\x14\x80a\x1E\xB5WP`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x84\x16\x10\x15[\x15a\x1E\xC3W_\x91PPa\x08\xB0V[a\t\x1B\x81`\x02_a\x1E\xD4\x88\x88a:\xE9V[\x81R` \x01\x90\x81R` \x01_ a;.V[`@\x80Qa\x01 \x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90R\x90a\x1F7\x83a7RV[\x90P`@Q\x80a\x01 \x01`@R\x80a\x1FN\x83a&\xF8V[`\x05\x81\x11\x15a\x1F_Wa\x1F_aC\xA0V[\x81R\x82Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFb\x01\0\0\x82\x04\x81\x16` \x84\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16``\x84\x01R`\x01\x90\x94\x01T\x80\x85\x16`\x80\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xA0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xC0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x93\x16`\xE0\x82\x01R`\xFFa\x01\0\x93\x84\x90\x04\x16\x15\x15\x92\x01\x91\x90\x91R\x92\x91PPV[_a -\x82a(\x1CV[`\x01\x81\x01T\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a \x85W`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\xD9V[\x80T_\x81\x81R`\x01` R`@\x81 \x90a \x9E\x82a&\xF8V[\x90P`\x01\x81`\x05\x81\x11\x15a \xB4Wa \xB4aC\xA0V[\x03a \xC9Wa \xC4\x82\x85\x85a<~V[a\"\x0CV[`\x02\x81`\x05\x81\x11\x15a \xDDWa \xDDaC\xA0V[\x03a \xF5Wa \xEAa(iV[a \xC4\x82\x85\x85a+\xE0V[`\x05`\x02\x85\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a!\x1DWa!\x1DaC\xA0V[\x03a!WW`\x05`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aE\xF1V[`\x04\x81`\x05\x81\x11\x15a!kWa!kaC\xA0V[\x14\x80\x15a!\xC6WP\x81Ta!\xC2\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aI\\V[B\x11\x15[\x15a\"\0W`\x02`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[a\"\x0C\x82\x85\x87\x84a>FV[PPPPPV[_a\x08\xB0\x82a?\x18V[_a\":\x82a\"*a'\xE7V[a\"5\x90`\x01aI\\V[a?MV[P\x92\x91PPV[a\"IaB\xD7V[__a\"T\x84a(\x1CV[\x80T_\x90\x81R` \x81\x81R`@\x91\x82\x90 `\x01\x80\x85\x01T\x84Q`\xA0\x80\x82\x01\x87R\x84Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R\x86Q`\xE0\x81\x01\x88R\x93\x85\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x86Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x89\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x8A\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x86\x01R`\x02\x86\x01T`\x80\x86\x01R`\x03\x86\x01T\x91\x85\x01\x91\x90\x91R`\x04\x85\x01T\x81\x16`\xC0\x85\x01R\x94\x81\x01\x92\x90\x92R\x84Q\x80\x86\x01\x86R`\x05\x84\x01\x80T\x97\x98P\x93\x96t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x94\x16\x94\x91\x93\x86\x93\x92\x85\x01\x92\x90\x91\x82\x90\x82\x90a#g\x90aL\xC3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta#\x93\x90aL\xC3V[\x80\x15a#\xDEW\x80`\x1F\x10a#\xB5Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a#\xDEV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a#\xC1W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x96\x90\x95P\x93PPPPV[_\x81\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a$DWa$DaC\xA0V[\x14\x80a$VWP\x80Ta\x01\0\x90\x04`\xFF\x16[\x15a$cWP_\x92\x91PPV[a$u\x81a$p\x83a&\xF8V[a<\x04V[\x93\x92PPPV[_\x81\x81R`\x02` R`@\x81 \x80Ta$\x97WP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a$u\x90\x82a;.V[_a\":\x82a\"5a'\xE7V[a$\xC5a(iV[_a$\xCEa'\xE7V[\x90P\x80\x15a$\xE9Wa$\xE9a$\xE4`\x01\x83aI\xC6V[a?\x97V[a$\xF2\x81a?\x97V[a%\0a$\xE4\x82`\x01aI\\V[PV[_a%\x0E\x83\x83a?MV[P\x93\x92PPPV[a%\x1EaB\xD7V[a%'\x82a7RV[P_\x82\x81R` \x81\x81R`@\x91\x82\x90 \x82Q`\xA0\x80\x82\x01\x85R\x82Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R\x84Q`\xE0\x81\x01\x86R`\x01\x84\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x88\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x89\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x83\x01R`\x02\x85\x01T`\x80\x83\x01R`\x03\x85\x01T\x92\x82\x01\x92\x90\x92R`\x04\x84\x01T\x90\x91\x16`\xC0\x82\x01R\x92\x81\x01\x92\x90\x92R\x82Q\x80\x84\x01\x84R`\x05\x82\x01\x80T\x93\x94\x92\x93\x92\x85\x01\x92\x82\x90\x82\x90a&\x11\x90aL\xC3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta&=\x90aL\xC3V[\x80\x15a&\x88W\x80`\x1F\x10a&_Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a&\x88V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a&kW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x92\x91PPV[___a&\xD1\x84a9\xF8V[P\x91P\x91P\x80a&\xE5W_\x92PPPa\x08\xB0V[a&\xEF\x82\x86a*4V[\x95\x94PPPPPV[\x80T_\x90`\xFF\x16`\x01\x81`\x05\x81\x11\x15a'\x13Wa'\x13aC\xA0V[\x14\x80\x15a'8WP\x82Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a'FWP`\x03\x92\x91PPV[`\x02\x81`\x05\x81\x11\x15a'ZWa'ZaC\xA0V[\x14\x80\x15a'\x87WP\x82Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a\x08\xB0WP`\x04\x92\x91PPV[`\x02\x82\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xB0\x85\x84a?\xD5V[a'\xBA\x91\x90aI\xC6V[\x84`\x05\x01Ta'\xC9\x91\x90aIoV[\x83`\x04\x01T\x84`\x03\x01Ta'\xDD\x91\x90aI\\V[a\t\x1B\x91\x90aI\\V[_a\tBg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16BaI\xB3V[_\x81\x81R`\x02` R`@\x90 \x80Ta(dW`@Q\x7F\xB2m\xBC/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\xD9V[\x91\x90PV[_a(ra'\xE7V[\x90Pa(}\x81a@oV[a%\0a(\x8B\x82`\x01aI\\V[a@oV[_\x80`\x02\x86T`\xFF\x16`\x05\x81\x11\x15a(\xAAWa(\xAAaC\xA0V[\x14\x15\x80a(\xDCWP`\x02\x80\x86\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a(\xD9Wa(\xD9aC\xA0V[\x14\x15[\x15a(\xEBWP_\x90P\x80a*+V[a(\xF3a'\xE7V[a(\xFE\x90`\x01aI\\V[\x83\x11\x15a)\x0FWP_\x90P\x80a*+V[_a)\x19\x84a?\x18V[`\x01\x88\x01T\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x80a)EWP`\x02\x86\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10[\x80a)xWP\x86Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a)v\x85a+\x9FV[\x11[\x15a)\x89WP_\x91P\x81\x90Pa*+V[___a)\x95\x87a9\xF8V[\x92P\x92P\x92P\x81\x15\x80a)\xA6WP\x80\x15[\x15a)\xBBWP_\x94P\x84\x93Pa*+\x92PPPV[_a)\xC6\x84\x8Aa*4V[`@Q` \x01a)\xD8\x91\x81R` \x01\x90V[`@\x80Q\x80\x83\x03`\x1F\x19\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 `\x02\x8C\x01T\x90\x91Pa* \x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82aQ\xD2V[\x15\x96P\x92\x94PPPPP[\x94P\x94\x92PPPV[_\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x83\x83`@Q` \x01a*r\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca\x08\xAD\x91\x90aQ\xD2V[`@\x80Q``\x81\x01\x82R\x84\x81R` \x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x81\x83\x01R\x90Q\x7F0\x98>\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c0\x98>\x92\x90a+*\x90\x88\x90\x85\x90`\x04\x01aQ\xE5V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a+EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a+i\x91\x90aRYV[a\"\x0CW`@Q\x7F\t\xBD\xE39\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a+\xD6\x83`\x01aI\\V[a\x08\xB0\x91\x90aIoV[`\x01\x82\x01T`\x04\x83\x01T`\x03\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91_\x91a,\x13\x91aI\\V[\x90P_`d\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x87`\x06\x01Ta,K\x91\x90aIoV[a,U\x91\x90aI\xB3V[\x90P\x81\x81\x11\x15a,bWP\x80[`\x01\x86\x81\x01\x80T`\x10\x90a,\x95\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x97V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x84`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\x07\x01_\x82\x82Ta,\xEF\x91\x90aI\xC6V[\x90\x91UPP`\x01\x86\x81\x01\x80T`\x18\x90a-/\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x04V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80\x82a-a\x91\x90aI\xC6V[\x86`\x08\x01_\x82\x82Ta-s\x91\x90aI\\V[\x92PP\x81\x90UP\x80\x86`\t\x01_\x82\x82Ta-\x8D\x91\x90aI\\V[\x90\x91UPP`\x01\x85\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x81\x90U`\x02\x86\x01\x80T_`\x03\x89\x01U`\x04\x88\x01\x84\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x16i\x07\0\0\0\0\0\0\0\0\0\x17\x90U`@\x80Q\x83\x81R\x90Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x87\x91\x7F\xDAr\r1\xB18\xC4\xCAL^\xD1\x8C\xAC\xF9\xE3\x8D\xE9\xB3\xEFe\xE7\xF1\x0E\xB4\x0F\xC7u=\xD0?&u\x91\x81\x90\x03` \x01\x90\xA4`\x02\x86T`\xFF\x16`\x05\x81\x11\x15a.\x89Wa.\x89aC\xA0V[\x14\x80\x15a.\xD4WP`\x02\x86\x01T`\x01\x87\x01Th\x01\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x11[\x80\x15a/\x01WP\x85Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11\x15[\x15a/\x9DW\x85T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x05\x17\x86U`\x01\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U`@Q\x84\x90\x7FGi6\x1AD%\x04\xEC\xAF\x03\x8F5\xE1\x19\xBC\xCC\xDD^B\tk$\xC0\x9E<\x17\xFD\x17\xC6hL\x02\x90_\x90\xA2[PPPPPPV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra0&\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPaA\x19V[PPPV[` \x81\x013a0:\x82\x84aQ$V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a0\x89W`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\xD9V[a0\x96` \x82\x01\x82aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a0\xC3WPa\x01\0a0\xB7` \x83\x01\x83aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a1*W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x05`$\x82\x01R\x7Fslots\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a17` \x82\x01\x82aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a1Q`\xE0\x83\x01`\xC0\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a1\xC2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7FmaxSlotLoss\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a1\xD2`@\x82\x01` \x83\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a2DW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7FslotSize\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a2T``\x82\x01`@\x83\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a2\xACWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a2\xA0``\x83\x01`@\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a3\x13W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7Fduration\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[a3%a\x01@\x83\x01a\x01 \x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a3oWPa3F``\x82\x01`@\x83\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a3ba\x01@\x84\x01a\x01 \x85\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a3\xD6W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fexpiry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a4\x11`\x80\x83\x01``\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a4iWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a4]`\x80\x83\x01``\x84\x01aK\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a4\xD0W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x10`$\x82\x01R\x7FproofProbability\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[`\x80\x81\x015\x15\x80a4\xF2WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\x80\x015\x10\x15[\x15a5YW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x15`$\x82\x01R\x7FpricePerBytePerSecond\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[`\xA0\x81\x015\x15\x80a5{WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\xA0\x015\x10\x15[\x15a5\xE2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x11`$\x82\x01R\x7FcollateralPerByte\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[_a5\xF1a\x01\0\x84\x01\x84aL&V[a5\xFB\x90\x80aLbV[\x91PP\x80\x15\x80a6\x0BWP`\x80\x81\x11[\x15a6rW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x03`$\x82\x01R\x7Fcid\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01a6\xA1a\x01\0\x85\x01\x85aL&V[` \x015\x10a0&W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7FverifyRoot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t\xD9V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x1D\xF7\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a/\xDFV[_\x81\x81R`\x01` R`@\x81 \x90\x81T`\xFF\x16`\x05\x81\x11\x15a7vWa7vaC\xA0V[\x03a(dW`@Q\x7F{\xBE4\xC9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\xD9V[`\x02\x81\x01T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x85\x16\x10a8\x0BW`@Q\x7F\x17\xBC2\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\xD9V[a8\x15\x85\x85a:\xE9V[_\x81\x81R`\x02` R`@\x90 \x80T\x91\x93P\x91Pa8\xB8W\x84\x81U`\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x02\x17\x90U`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16i\x01\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP[\x93P\x93\x91PPV[__a8\xCB\x84a&\xF8V[`\x02\x84\x01T\x90\x91Pi\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x01\x82`\x05\x81\x11\x15a8\xF7Wa8\xF7aC\xA0V[\x03a9SW`\x01\x81`\x07\x81\x11\x15a9\x10Wa9\x10aC\xA0V[\x14a9IW\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aE\xF1V[_\x92PPPa\x08\xB0V[`\x02\x82`\x05\x81\x11\x15a9gWa9gaC\xA0V[\x03a9\xC4W`\x07\x81`\x07\x81\x11\x15a9\x80Wa9\x80aC\xA0V[\x14a9\xB9W\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aE\xF1V[`\x01\x92PPPa\x08\xB0V[\x81`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t\xD9\x91\x90aC\xE1V[_\x81\x81R`\x06` R`@\x81 \x80T\x82\x91\x82\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a:AWPa:'\x85a?\x18V[\x81Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10[_\x86\x81R`\x07` R`@\x90 T\x94P\x91P\x83\x15a:cWP`\x01\x91Pa\x1A8V[\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a:|WPC\x81\x10\x15[\x15a:\x8FWP_\x93P\x83\x92Pa\x1A8\x90PV[_a:\x99\x82aA\xB8V[\x90P\x80a:\xAFWP_\x94P\x84\x93Pa\x1A8\x91PPV[`@\x80Q` \x81\x01\x83\x90R\x90\x81\x01\x88\x90R``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 `\x01\x95P\x95PPPP\x91\x93\x90\x92PV[_\x82\x82`@Q` \x01a;\x10\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_`\x05`\x02\x83\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a;WWa;WaC\xA0V[\x03a;dWP`\x05a\x08\xB0V[_a;n\x84a&\xF8V[\x90P`\x03\x81`\x05\x81\x11\x15a;\x84Wa;\x84aC\xA0V[\x03a;\x93W`\x06\x91PPa\x08\xB0V[`\x05\x81`\x05\x81\x11\x15a;\xA7Wa;\xA7aC\xA0V[\x03a;\xB6W`\x04\x91PPa\x08\xB0V[`\x04\x81`\x05\x81\x11\x15a;\xCAWa;\xCAaC\xA0V[\x03a;\xD9W`\x03\x91PPa\x08\xB0V[\x82Ta;\xE9W`\x01\x91PPa\x08\xB0V[PP`\x02\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x91\x90PV[`\x07\x82\x01T`\x01\x83\x01T_\x91\x82\x91p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a<:\x86\x86a?\xD5V[a<D\x91\x90aIoV[a<N\x91\x90aI\xC6V[\x84`\x05\x01Ta<]\x91\x90aIoV[\x90P\x80\x84`\t\x01T\x85`\x08\x01Ta<t\x91\x90aI\\V[a\t\x1B\x91\x90aI\xC6V[`\x01\x82\x81\x01T`\x03\x84\x01T\x85\x83\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x93\x91\x92`\x10\x90a<\xD5\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aQ\x97V[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85`\x07\x01_\x82\x82Ta=/\x91\x90aI\xC6V[\x90\x91UPP`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x81\x90U`\x02\x85\x01\x80T_`\x03\x88\x01\x81\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\0\0\0\0\0\0\0\0\x90\x91\x16i\x01\0\0\0\0\0\0\0\0\0\x17\x90\x91U`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x86\x91\x7F\xF1\x86\xF8Ob\x08\xB2\x1D\x0B\x91\xC9\xD5\xD6\x81\x11\xF8\x81a\x8F\xB6Z\xAD\x9A\x15>P\x83\xA8\xD7\xEC\x04\xE0\x91\x90\xA4a\"\x0Cs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a/\xA5V[_a>R\x85\x85\x84a'\x95V[`\x02\x85\x01\x80Ti\x05\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U_`\x03\x86\x01\x81\x90U`\x04\x86\x01U`@Q\x81\x81R\x90\x91P3\x90\x84\x90\x7F\xAEt9Y\x15]&\x83J\x1E\xABR\xF6\x1C\xF2JidW3\xBD\xA1\xF4\x9A\"\x0CK\xAF\xA8\x81\x07Q\x90` \x01`@Q\x80\x91\x03\x90\xA3\x80\x15a\"\x0CWa\"\x0Cs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a/\xA5V[_a\x08\xB0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aIoV[_\x82\x81R`\x02` R`@\x81 \x80T\x82\x91\x90a?oWP_\x91P\x81\x90Pa?\x90V[\x80T_\x90\x81R`\x01` R`@\x90 a?\x8A\x90\x82\x87\x87a(\x90V[\x92P\x92PP[\x92P\x92\x90PV[_\x81\x81R`\x07` R`@\x90 T\x15a?\xADWPV[__a?\xB8\x83a9\xF8V[P\x91P\x91P\x80\x15a0&WP_\x91\x82R`\x07` R`@\x90\x91 UV[_`\x03\x82`\x05\x81\x11\x15a?\xEAWa?\xEAaC\xA0V[\x03a@\x0FWP\x81Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x08\xB0V[`\x05\x82`\x05\x81\x11\x15a@#Wa@#aC\xA0V[\x03a@IWP`\x01\x82\x01Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x08\xB0V[PPTr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[_\x81\x81R`\x06` R`@\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a@\x91WPPV[\x80TBg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16C\x91\x82\x16\x17\x91\x90\x91\x17\x82U`@Q\x83\x91\x7Fu3\xB1\xB4\x82G9\xAAl\xCA\xA9\xFEi\xEB\xAB\xF7\xCD\x86{<B\xF1\x82\x08\xB0\x88\xF1\n.\xBFQ\xC9\x91aA\r\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80aA8W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15aAOW\x80`\x01\x14\x15aAiV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16;\x15[\x15a\x1D\xF7W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\xD9V[_a\x01\0aA\xC6\x83CaI\xC6V[\x11aA\xD0WP@\x90V[q\xF9\x08'\xF1\xC5:\x10\xCBz\x023[\x17S \0)5;_\x03aA\xF1WP_\x91\x90PV[__q\xF9\x08'\xF1\xC5:\x10\xCBz\x023[\x17S \0)5s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84`@Q` \x01aB/\x91\x81R` \x01\x90V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90RaBI\x91aRxV[_`@Q\x80\x83\x03\x81\x85Z\xFA\x91PP=\x80_\x81\x14aB\x81W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>aB\x86V[``\x91P[P\x91P\x91P\x81\x15\x80aB\x9AWP\x80Q` \x14\x15[\x15aB\xA8WP_\x93\x92PPPV[\x80\x80` \x01\x90Q\x81\x01\x90a\t\x1B\x91\x90aR\x8EV[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a%\0\x91\x90aCQV[`@\x80Q`\xA0\x80\x82\x01\x83R_\x80\x83R\x83Q`\xE0\x81\x01\x85R\x81\x81R` \x81\x81\x01\x83\x90R\x94\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x91\x82\x01\x81\x90R`\xC0\x82\x01R\x90\x91\x82\x01\x90\x81R` \x01aC>`@Q\x80`@\x01`@R\x80``\x81R` \x01_\x81RP\x90V[\x81R_` \x82\x01\x81\x90R`@\x90\x91\x01R\x90V[[\x80\x82\x11\x15aCeW_\x81U`\x01\x01aCRV[P\x90V[__`@\x83\x85\x03\x12\x15aCzW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_` \x82\x84\x03\x12\x15aC\x99W__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x06\x81\x10aC\xDDWaC\xDDaC\xA0V[\x90RV[` \x81\x01a\x08\xB0\x82\x84aC\xCDV[_a\x01\0\x82\x84\x03\x12\x15aD\0W__\xFD[P\x91\x90PV[__a\x01 \x83\x85\x03\x12\x15aD\x18W__\xFD[\x825\x91PaD)\x84` \x85\x01aC\xEFV[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15aDBW__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aDXW__\xFD[\x82\x01a\x01`\x81\x85\x03\x12\x15a$uW__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a%\0W__\xFD[\x805a(d\x81aDjV[__`@\x83\x85\x03\x12\x15aD\x9BW__\xFD[\x825\x91P` \x83\x015aD\xAD\x81aDjV[\x80\x91PP\x92P\x92\x90PV[___a\x01@\x84\x86\x03\x12\x15aD\xCBW__\xFD[\x835\x92P` \x84\x015aD\xDD\x81aDjV[\x91PaD\xEC\x85`@\x86\x01aC\xEFV[\x90P\x92P\x92P\x92V[`\x08\x81\x10aC\xDDWaC\xDDaC\xA0V[_a\x01\0\x82\x01\x90PaE\x18\x82\x84QaD\xF5V[` \x83\x01Q` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01QaE~`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01R\x92\x91PPV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aE\xE6W\x83Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aE\xB2V[P\x90\x95\x94PPPPPV[` \x81\x01a\x08\xB0\x82\x84aD\xF5V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x01@\x81\x01` \x83\x01QaF-` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaFI`@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaFe``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaFz`\x80\x84\x01\x82`\xFF\x16\x90RV[P`\xA0\x83\x01QaF\x8F`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01QaF\xA4`\xC0\x84\x01\x82`\xFF\x16\x90RV[P`\xE0\x83\x01QaF\xB9`\xE0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\0\x83\x01QaF\xD0a\x01\0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\":a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[_a\x01 \x82\x01\x90PaG\x01\x82\x84QaC\xCDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01QaGD``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaG``\x80\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaG|`\xA0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaG\x98`\xC0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaG\xB4`\xE0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\":a\x01\0\x84\x01\x82\x15\x15\x90RV[_\x81Q`@\x84R\x80Q\x80`@\x86\x01R\x80` \x83\x01``\x87\x01^_``\x82\x87\x01\x01R` \x84\x01Q` \x86\x01R```\x1F\x19`\x1F\x83\x01\x16\x86\x01\x01\x92PPP\x92\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82R_` \x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16` \x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16`@\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16``\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16`\x80\x85\x01R`\x80\x81\x01Q`\xA0\x85\x01R`\xA0\x81\x01Q`\xC0\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xE0\x85\x01RP`@\x82\x01Qa\x01`a\x01\0\x85\x01RaH\xBEa\x01`\x85\x01\x82aG\xCAV[\x90P``\x83\x01QaH\xDCa\x01 \x86\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x01@\x85\x01R\x80\x91PP\x92\x91PPV[`@\x81R_aI\x04`@\x83\x01\x85aH\x0CV[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[` \x81R_a\x08\xAD` \x83\x01\x84aH\x0CV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x08\xB0Wa\x08\xB0aI/V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\xB0Wa\x08\xB0aI/V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aI\xC1WaI\xC1aI\x86V[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a%\0W__\xFD[\x805aJ\x1E\x81aDjV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R` \x81\x015aJ8\x81aDjV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R`@\x81\x015aJU\x81aDjV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01RaJp``\x82\x01aD\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x80\x81\x81\x015\x90\x83\x01R`\xA0\x80\x82\x015\x90\x83\x01RaJ\x9F`\xC0\x82\x01aD\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01RPPPV[` \x81R_\x825aJ\xC4\x81aI\xF2V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16` \x84\x01RPaJ\xF1`@\x83\x01` \x85\x01aJ\x13V[a\x01\0\x83\x015\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x846\x03\x01\x81\x12aK&W__\xFD[a\x01`a\x01 \x84\x01R\x83\x01\x8056\x82\x90\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x01\x81\x12aKcW__\xFD[\x81\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aK\x7FW__\xFD[\x806\x03\x82\x13\x15aK\x8DW__\xFD[`@a\x01\x80\x86\x01R\x80a\x01\xC0\x86\x01R\x80\x82a\x01\xE0\x87\x017_\x85\x82\x01a\x01\xE0\x01R` \x83\x015a\x01\xA0\x86\x01\x81\x90R\x91PaK\xC9a\x01 \x87\x01aD\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x87\x01R\x92Pa\x01@\x95\x90\x95\x015a\x01`\x85\x01RPPP`\x1F\x91\x90\x91\x01`\x1F\x19\x16\x01a\x01\xE0\x01\x90V[_` \x82\x84\x03\x12\x15aL\x0FW__\xFD[\x815a$u\x81aDjV[_\x815a\x08\xB0\x81aDjV[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x836\x03\x01\x81\x12aLXW__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12aL\x95W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15aL\xAFW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a?\x90W__\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aL\xD7W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aD\0W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[`\x1F\x82\x11\x15a0&W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15aM3WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\"\x0CW_\x81U`\x01\x01aM?V[\x815\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x836\x03\x01\x81\x12aM\x83W__\xFD[\x82\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x80\x15aM\x9CW__\xFD[\x816\x03` \x84\x01\x13\x15aM\xADW__\xFD[_\x90PPaM\xC5\x81aM\xBF\x85TaL\xC3V[\x85aM\x0EV[_`\x1F\x82\x11`\x01\x81\x14aN\x18W_\x83\x15aM\xE2WP\x83\x82\x01` \x015[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x85UaN\x93V[_\x85\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15aNIW` \x85\x88\x01\x81\x015\x83U\x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01aN'V[P\x84\x82\x10\x15aN\x87W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x86`\x03\x1B\x16\x1C\x19` \x85\x88\x01\x015\x16\x81U[PP`\x01\x83`\x01\x1B\x01\x85U[PPPP` \x91\x90\x91\x015`\x01\x90\x91\x01UV[\x815aN\xB1\x81aI\xF2V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x16\x17\x82UP`\x01\x81\x01` \x83\x015aO\x02\x81aDjV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82UP`@\x83\x015aOC\x81aDjV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x91\x90\x91\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x81UaO\xDAaO\x91``\x85\x01aL\x1AV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aP2aO\xE9`\x80\x85\x01aL\x1AV[\x82Tw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[P`\xA0\x82\x015`\x02\x82\x01U`\xC0\x82\x015`\x03\x82\x01UaP\x90aPV`\xE0\x84\x01aL\x1AV[`\x04\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[aP\xAAaP\xA1a\x01\0\x84\x01\x84aL&V[`\x05\x83\x01aMRV[aP\xF4aP\xBAa\x01 \x84\x01aL\x1AV[`\x07\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[a\x01@\x91\x90\x91\x015`\x08\x90\x91\x01UV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[_` \x82\x84\x03\x12\x15aQ4W__\xFD[\x815a$u\x81aI\xF2V[a\x01 \x81\x01aQN\x82\x86aJ\x13V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xE0\x82\x01Ra\x01\0\x01R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08\xB0Wa\x08\xB0aI/V[`@\x81\x01aQ\xC5\x82\x85aC\xCDV[\x82` \x83\x01R\x93\x92PPPV[_\x82aQ\xE0WaQ\xE0aI\x86V[P\x06\x90V[a\x01`\x81\x01`@\x84\x837`@\x82\x01`@\x85\x01_[`\x02\x81\x10\x15aR\x1AW`@\x82\x847`@\x92\x83\x01\x92\x91\x90\x91\x01\x90`\x01\x01aQ\xF9V[PPP`@`\xC0\x85\x01`\xC0\x84\x017a\x01\0\x82\x01\x83_[`\x03\x81\x10\x15aROW\x81Q\x83R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01aR0V[PPP\x93\x92PPPV[_` \x82\x84\x03\x12\x15aRiW__\xFD[\x81Q\x80\x15\x15\x81\x14a$uW__\xFD[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[_` \x82\x84\x03\x12\x15aR\x9EW__\xFD[PQ\x91\x90PV",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Groth16Proof { uint256[2] a; uint256[2][2] b; uint256[2] c; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Groth16Proof {
        #[allow(missing_docs)]
        pub a: [alloy::sol_types::private::primitives::aliases::U256; 2usize],
        #[allow(missing_docs)]
        pub b: [[alloy::sol_types::private::primitives::aliases::U256; 2usize]; 2usize],
        #[allow(missing_docs)]
        pub c: [alloy::sol_types::private::primitives::aliases::U256; 2usize],
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::Uint<256>,
                2usize,
            >,
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::Uint<256>,
                    2usize,
                >,
                2usize,
            >,
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::Uint<256>,
                2usize,
            >,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            [alloy::sol_types::private::primitives::aliases::U256; 2usize],
            [[alloy::sol_types::private::primitives::aliases::U256; 2usize]; 2usize],
            [alloy::sol_types::private::primitives::aliases::U256; 2usize],
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Groth16Proof> for UnderlyingRustTuple<'_> {
            fn from(value: Groth16Proof) -> Self {
                (value.a, value.b, value.c)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Groth16Proof {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    a: tuple.0,
                    b: tuple.1,
                    c: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Groth16Proof {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Groth16Proof {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.a),
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedArray<
                            alloy::sol_types::sol_data::Uint<256>,
                            2usize,
                        >,
                        2usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.b),
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.c),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Groth16Proof {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Groth16Proof {
            const NAME: &'static str = "Groth16Proof";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Groth16Proof(uint256[2] a,uint256[2][2] b,uint256[2] c)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.a)
                        .0,
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedArray<
                            alloy::sol_types::sol_data::Uint<256>,
                            2usize,
                        >,
                        2usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.b)
                        .0,
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.c)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Groth16Proof {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.a)
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedArray<
                            alloy::sol_types::sol_data::Uint<256>,
                            2usize,
                        >,
                        2usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.b)
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.c)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::Uint<256>,
                    2usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.a, out);
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    >,
                    2usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.b, out);
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::Uint<256>,
                    2usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.c, out);
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyMarked(bytes32,uint256)` and selector `0xdca21ba0`.
```solidity
error AlreadyMarked(bytes32 slotId, uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyMarked {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyMarked> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyMarked) -> Self {
                (value.slotId, value.period)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyMarked {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slotId: tuple.0,
                    period: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyMarked {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyMarked(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [220u8, 162u8, 27u8, 160u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyReserved()` and selector `0x87b34a06`.
```solidity
error AlreadyReserved();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyReserved;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyReserved> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyReserved) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyReserved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyReserved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyReserved()";
            const SELECTOR: [u8; 4] = [135u8, 179u8, 74u8, 6u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyWithdrawn(bytes32)` and selector `0xc4e4c7d9`.
```solidity
error AlreadyWithdrawn(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyWithdrawn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyWithdrawn> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyWithdrawn) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyWithdrawn {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyWithdrawn {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyWithdrawn(bytes32)";
            const SELECTOR: [u8; 4] = [196u8, 228u8, 199u8, 217u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ChallengeNotReady(uint256)` and selector `0xc7234db2`.
```solidity
error ChallengeNotReady(uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChallengeNotReady {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ChallengeNotReady> for UnderlyingRustTuple<'_> {
            fn from(value: ChallengeNotReady) -> Self {
                (value.period,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChallengeNotReady {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { period: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChallengeNotReady {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChallengeNotReady(uint256)";
            const SELECTOR: [u8; 4] = [199u8, 35u8, 77u8, 178u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidConfig(string)` and selector `0x89a61989`.
```solidity
error InvalidConfig(string reason);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidConfig {
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidConfig> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidConfig) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidConfig {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidConfig {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidConfig(string)";
            const SELECTOR: [u8; 4] = [137u8, 166u8, 25u8, 137u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidProof()` and selector `0x09bde339`.
```solidity
error InvalidProof();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidProof;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidProof> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidProof) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidProof {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidProof {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidProof()";
            const SELECTOR: [u8; 4] = [9u8, 189u8, 227u8, 57u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidRequest(string)` and selector `0x37022838`.
```solidity
error InvalidRequest(string reason);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRequest {
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidRequest> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRequest) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRequest(string)";
            const SELECTOR: [u8; 4] = [55u8, 2u8, 40u8, 56u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidRequestState(uint8)` and selector `0x1d810594`.
```solidity
error InvalidRequestState(IMarketplace.RequestState state);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRequestState {
        #[allow(missing_docs)]
        pub state: <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (IMarketplace::RequestState,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidRequestState> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRequestState) -> Self {
                (value.state,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRequestState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { state: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRequestState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRequestState(uint8)";
            const SELECTOR: [u8; 4] = [29u8, 129u8, 5u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IMarketplace::RequestState as alloy_sol_types::SolType>::tokenize(
                        &self.state,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlotIndex(uint64)` and selector `0x17bc32db`.
```solidity
error InvalidSlotIndex(uint64 slotIndex);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlotIndex {
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlotIndex> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlotIndex) -> Self {
                (value.slotIndex,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlotIndex {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slotIndex: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlotIndex {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlotIndex(uint64)";
            const SELECTOR: [u8; 4] = [23u8, 188u8, 50u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlotState(uint8)` and selector `0xd7f0e308`.
```solidity
error InvalidSlotState(IMarketplace.SlotState state);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlotState {
        #[allow(missing_docs)]
        pub state: <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (IMarketplace::SlotState,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlotState> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlotState) -> Self {
                (value.state,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlotState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { state: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlotState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlotState(uint8)";
            const SELECTOR: [u8; 4] = [215u8, 240u8, 227u8, 8u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IMarketplace::SlotState as alloy_sol_types::SolType>::tokenize(
                        &self.state,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotAuthorized(address)` and selector `0x4a0bfec1`.
```solidity
error NotAuthorized(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAuthorized {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotAuthorized> for UnderlyingRustTuple<'_> {
            fn from(value: NotAuthorized) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAuthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAuthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAuthorized(address)";
            const SELECTOR: [u8; 4] = [74u8, 11u8, 254u8, 193u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotReserved()` and selector `0x81fdcd7e`.
```solidity
error NotReserved();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotReserved;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotReserved> for UnderlyingRustTuple<'_> {
            fn from(value: NotReserved) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotReserved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotReserved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotReserved()";
            const SELECTOR: [u8; 4] = [129u8, 253u8, 205u8, 126u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PeriodNotEnded(uint256)` and selector `0x835cda29`.
```solidity
error PeriodNotEnded(uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PeriodNotEnded {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PeriodNotEnded> for UnderlyingRustTuple<'_> {
            fn from(value: PeriodNotEnded) -> Self {
                (value.period,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PeriodNotEnded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { period: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PeriodNotEnded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PeriodNotEnded(uint256)";
            const SELECTOR: [u8; 4] = [131u8, 92u8, 218u8, 41u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ProofAlreadySubmitted(bytes32,uint256)` and selector `0xb17770b3`.
```solidity
error ProofAlreadySubmitted(bytes32 slotId, uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProofAlreadySubmitted {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ProofAlreadySubmitted> for UnderlyingRustTuple<'_> {
            fn from(value: ProofAlreadySubmitted) -> Self {
                (value.slotId, value.period)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ProofAlreadySubmitted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slotId: tuple.0,
                    period: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProofAlreadySubmitted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProofAlreadySubmitted(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [177u8, 119u8, 112u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ProofNotRequired(bytes32,uint256)` and selector `0x408df019`.
```solidity
error ProofNotRequired(bytes32 slotId, uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProofNotRequired {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ProofNotRequired> for UnderlyingRustTuple<'_> {
            fn from(value: ProofNotRequired) -> Self {
                (value.slotId, value.period)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ProofNotRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slotId: tuple.0,
                    period: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProofNotRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProofNotRequired(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [64u8, 141u8, 240u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RequestExists(bytes32)` and selector `0xa4a99c61`.
```solidity
error RequestExists(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestExists {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RequestExists> for UnderlyingRustTuple<'_> {
            fn from(value: RequestExists) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RequestExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RequestExists(bytes32)";
            const SELECTOR: [u8; 4] = [164u8, 169u8, 156u8, 97u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ReservationsFull()` and selector `0x672dca15`.
```solidity
error ReservationsFull();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReservationsFull;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ReservationsFull> for UnderlyingRustTuple<'_> {
            fn from(value: ReservationsFull) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ReservationsFull {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReservationsFull {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReservationsFull()";
            const SELECTOR: [u8; 4] = [103u8, 45u8, 202u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownRequest(bytes32)` and selector `0x7bbe34c9`.
```solidity
error UnknownRequest(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownRequest {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownRequest> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownRequest) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownRequest(bytes32)";
            const SELECTOR: [u8; 4] = [123u8, 190u8, 52u8, 201u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownSlot(bytes32)` and selector `0xb26dbc2f`.
```solidity
error UnknownSlot(bytes32 slotId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownSlot {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownSlot> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownSlot) -> Self {
                (value.slotId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slotId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownSlot(bytes32)";
            const SELECTOR: [u8; 4] = [178u8, 109u8, 188u8, 47u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ValidationTimedOut(uint256)` and selector `0x7b3c3294`.
```solidity
error ValidationTimedOut(uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ValidationTimedOut {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ValidationTimedOut> for UnderlyingRustTuple<'_> {
            fn from(value: ValidationTimedOut) -> Self {
                (value.period,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ValidationTimedOut {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { period: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ValidationTimedOut {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ValidationTimedOut(uint256)";
            const SELECTOR: [u8; 4] = [123u8, 60u8, 50u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FundsWithdrawn(bytes32,address,uint8,uint256)` and selector `0x153c2cd6ce291a0615516fae8ebb447d7d358491eeefe54fdf184d05637f5443`.
```solidity
event FundsWithdrawn(bytes32 indexed requestId, address indexed client, IMarketplace.RequestState state, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FundsWithdrawn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub client: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub state: <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FundsWithdrawn {
            type DataTuple<'a> = (
                IMarketplace::RequestState,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "FundsWithdrawn(bytes32,address,uint8,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                21u8, 60u8, 44u8, 214u8, 206u8, 41u8, 26u8, 6u8, 21u8, 81u8, 111u8,
                174u8, 142u8, 187u8, 68u8, 125u8, 125u8, 53u8, 132u8, 145u8, 238u8,
                239u8, 229u8, 79u8, 223u8, 24u8, 77u8, 5u8, 99u8, 127u8, 84u8, 67u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    client: topics.2,
                    state: data.0,
                    amount: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <IMarketplace::RequestState as alloy_sol_types::SolType>::tokenize(
                        &self.state,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.client.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.client,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FundsWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FundsWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FundsWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProofMissed(bytes32,uint256,address,uint256,uint256)` and selector `0xe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd`.
```solidity
event ProofMissed(bytes32 indexed slotId, uint256 indexed period, address indexed validator, uint256 slashed, uint256 reward);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProofMissed {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub slashed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProofMissed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ProofMissed(bytes32,uint256,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                228u8, 194u8, 169u8, 154u8, 235u8, 16u8, 22u8, 63u8, 42u8, 213u8, 36u8,
                170u8, 31u8, 50u8, 133u8, 223u8, 26u8, 232u8, 186u8, 118u8, 197u8, 118u8,
                191u8, 193u8, 67u8, 147u8, 5u8, 201u8, 157u8, 207u8, 164u8, 205u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slotId: topics.1,
                    period: topics.2,
                    validator: topics.3,
                    slashed: data.0,
                    reward: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashed),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reward),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.slotId.clone(),
                    self.period.clone(),
                    self.validator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.period);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.validator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProofMissed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProofMissed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProofMissed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProofSubmitted(bytes32,uint256)` and selector `0x3c0e85acf452e867ee09c9151d2cf45fe6d6a729271347e89a9a6b91b081f31d`.
```solidity
event ProofSubmitted(bytes32 indexed slotId, uint256 indexed period);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProofSubmitted {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProofSubmitted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "ProofSubmitted(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                60u8, 14u8, 133u8, 172u8, 244u8, 82u8, 232u8, 103u8, 238u8, 9u8, 201u8,
                21u8, 29u8, 44u8, 244u8, 95u8, 230u8, 214u8, 167u8, 41u8, 39u8, 19u8,
                71u8, 232u8, 154u8, 154u8, 107u8, 145u8, 176u8, 129u8, 243u8, 29u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slotId: topics.1,
                    period: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.slotId.clone(), self.period.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.period);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProofSubmitted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProofSubmitted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProofSubmitted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RandomnessCommitted(uint256,uint256)` and selector `0x7533b1b4824739aa6ccaa9fe69ebabf7cd867b3c42f18208b088f10a2ebf51c9`.
```solidity
event RandomnessCommitted(uint256 indexed period, uint256 blockNumber);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RandomnessCommitted {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RandomnessCommitted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "RandomnessCommitted(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                117u8, 51u8, 177u8, 180u8, 130u8, 71u8, 57u8, 170u8, 108u8, 202u8, 169u8,
                254u8, 105u8, 235u8, 171u8, 247u8, 205u8, 134u8, 123u8, 60u8, 66u8,
                241u8, 130u8, 8u8, 176u8, 136u8, 241u8, 10u8, 46u8, 191u8, 81u8, 201u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    period: topics.1,
                    blockNumber: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.period.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.period);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RandomnessCommitted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RandomnessCommitted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RandomnessCommitted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestFailed(bytes32)` and selector `0x4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02`.
```solidity
event RequestFailed(bytes32 indexed requestId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestFailed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RequestFailed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RequestFailed(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                71u8, 105u8, 54u8, 26u8, 68u8, 37u8, 4u8, 236u8, 175u8, 3u8, 143u8, 53u8,
                225u8, 25u8, 188u8, 204u8, 221u8, 94u8, 66u8, 9u8, 107u8, 36u8, 192u8,
                158u8, 60u8, 23u8, 253u8, 23u8, 198u8, 104u8, 76u8, 2u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestFailed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestFailed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestFailed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestStarted(bytes32)` and selector `0xb8bfe4ee9bf646eaec6391ae7bb765f848a10dabf80654cdcd1da215901b6914`.
```solidity
event RequestStarted(bytes32 indexed requestId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestStarted {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RequestStarted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RequestStarted(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                184u8, 191u8, 228u8, 238u8, 155u8, 246u8, 70u8, 234u8, 236u8, 99u8,
                145u8, 174u8, 123u8, 183u8, 101u8, 248u8, 72u8, 161u8, 13u8, 171u8,
                248u8, 6u8, 84u8, 205u8, 205u8, 29u8, 162u8, 21u8, 144u8, 27u8, 105u8,
                20u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestStarted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotAbandoned(bytes32,uint64,address)` and selector `0xf186f84f6208b21d0b91c9d5d68111f881618fb65aad9a153e5083a8d7ec04e0`.
```solidity
event SlotAbandoned(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotAbandoned {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotAbandoned {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotAbandoned(bytes32,uint64,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                241u8, 134u8, 248u8, 79u8, 98u8, 8u8, 178u8, 29u8, 11u8, 145u8, 201u8,
                213u8, 214u8, 129u8, 17u8, 248u8, 129u8, 97u8, 143u8, 182u8, 90u8, 173u8,
                154u8, 21u8, 62u8, 80u8, 131u8, 168u8, 215u8, 236u8, 4u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotAbandoned {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotAbandoned> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotAbandoned) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotFilled(bytes32,uint64,address,uint256,bool)` and selector `0xc212a62354384ab4f827252941f6f8a31432bc233e552f649008d638532c4329`.
```solidity
event SlotFilled(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 collateral, bool repair);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotFilled {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub collateral: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub repair: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotFilled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bool,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotFilled(bytes32,uint64,address,uint256,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                194u8, 18u8, 166u8, 35u8, 84u8, 56u8, 74u8, 180u8, 248u8, 39u8, 37u8,
                41u8, 65u8, 246u8, 248u8, 163u8, 20u8, 50u8, 188u8, 35u8, 62u8, 85u8,
                47u8, 100u8, 144u8, 8u8, 214u8, 56u8, 83u8, 44u8, 67u8, 41u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                    collateral: data.0,
                    repair: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.collateral),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.repair,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotFilled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotFilled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotFilled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotFreed(bytes32,uint64,address,uint256)` and selector `0xda720d31b138c4ca4c5ed18cacf9e38de9b3ef65e7f10eb40fc7753dd03f2675`.
```solidity
event SlotFreed(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 repairReward);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotFreed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub repairReward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotFreed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotFreed(bytes32,uint64,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                218u8, 114u8, 13u8, 49u8, 177u8, 56u8, 196u8, 202u8, 76u8, 94u8, 209u8,
                140u8, 172u8, 249u8, 227u8, 141u8, 233u8, 179u8, 239u8, 101u8, 231u8,
                241u8, 14u8, 180u8, 15u8, 199u8, 117u8, 61u8, 208u8, 63u8, 38u8, 117u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                    repairReward: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.repairReward),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotFreed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotFreed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotFreed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotPaid(bytes32,address,uint256)` and selector `0xae743959155d26834a1eab52f61cf24a69645733bda1f49a220c4bafa8810751`.
```solidity
event SlotPaid(bytes32 indexed slotId, address indexed host, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotPaid {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotPaid {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotPaid(bytes32,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                174u8, 116u8, 57u8, 89u8, 21u8, 93u8, 38u8, 131u8, 74u8, 30u8, 171u8,
                82u8, 246u8, 28u8, 242u8, 74u8, 105u8, 100u8, 87u8, 51u8, 189u8, 161u8,
                244u8, 154u8, 34u8, 12u8, 75u8, 175u8, 168u8, 129u8, 7u8, 81u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slotId: topics.1,
                    host: topics.2,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.slotId.clone(), self.host.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotPaid {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotPaid> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotPaid) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotReserved(bytes32,uint64,address)` and selector `0xcd5d122aa246ae3e098eeae86c6f19870c950cfbfacf43ccbcf914a9f7e4298a`.
```solidity
event SlotReserved(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotReserved {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotReserved {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotReserved(bytes32,uint64,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                205u8, 93u8, 18u8, 42u8, 162u8, 70u8, 174u8, 62u8, 9u8, 142u8, 234u8,
                232u8, 108u8, 111u8, 25u8, 135u8, 12u8, 149u8, 12u8, 251u8, 250u8, 207u8,
                67u8, 204u8, 188u8, 249u8, 20u8, 169u8, 247u8, 228u8, 41u8, 138u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotReserved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotReserved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotReserved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StorageRequested(bytes32,address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),uint64,uint256)` and selector `0xa0f8d354e6a897b29de3ffa6d4611b40e05e02be5e578df72c42784374608048`.
```solidity
event StorageRequested(bytes32 indexed requestId, address indexed client, IMarketplace.Ask ask, uint64 expiresAt, uint256 price);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StorageRequested {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub client: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ask: <IMarketplace::Ask as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StorageRequested {
            type DataTuple<'a> = (
                IMarketplace::Ask,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "StorageRequested(bytes32,address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),uint64,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                160u8, 248u8, 211u8, 84u8, 230u8, 168u8, 151u8, 178u8, 157u8, 227u8,
                255u8, 166u8, 212u8, 97u8, 27u8, 64u8, 224u8, 94u8, 2u8, 190u8, 94u8,
                87u8, 141u8, 247u8, 44u8, 66u8, 120u8, 67u8, 116u8, 96u8, 128u8, 72u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    client: topics.2,
                    ask: data.0,
                    expiresAt: data.1,
                    price: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <IMarketplace::Ask as alloy_sol_types::SolType>::tokenize(&self.ask),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.price),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.client.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.client,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StorageRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StorageRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StorageRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address token_, address verifier_, IMarketplace.Config config_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub token_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub verifier_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                IMarketplace::Config,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.token_, value.verifier_, value.config_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        token_: tuple.0,
                        verifier_: tuple.1,
                        config_: tuple.2,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                IMarketplace::Config,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifier_,
                    ),
                    <IMarketplace::Config as alloy_sol_types::SolType>::tokenize(
                        &self.config_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_CID_LENGTH()` and selector `0xa82da60d`.
```solidity
function MAX_CID_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CID_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CID_LENGTH()`](MAX_CID_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CID_LENGTHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CID_LENGTHCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CID_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_CID_LENGTHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CID_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CID_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CID_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CID_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CID_LENGTH()";
            const SELECTOR: [u8; 4] = [168u8, 45u8, 166u8, 13u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_CID_LENGTHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_CID_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PRICE()` and selector `0x01c11d96`.
```solidity
function MAX_PRICE() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PRICE()`](MAX_PRICECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PRICECall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PRICECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PRICEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PRICEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PRICECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PRICE()";
            const SELECTOR: [u8; 4] = [1u8, 193u8, 29u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_PRICEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_PRICEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_SLOTS()` and selector `0xc0f3f2e9`.
```solidity
function MAX_SLOTS() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLOTSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_SLOTS()`](MAX_SLOTSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLOTSReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_SLOTSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLOTSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLOTSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_SLOTSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLOTSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLOTSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_SLOTSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_SLOTS()";
            const SELECTOR: [u8; 4] = [192u8, 243u8, 242u8, 233u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_SLOTSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_SLOTSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SNARK_SCALAR_FIELD()` and selector `0x25c2cd12`.
```solidity
function SNARK_SCALAR_FIELD() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SNARK_SCALAR_FIELDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SNARK_SCALAR_FIELD()`](SNARK_SCALAR_FIELDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SNARK_SCALAR_FIELDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SNARK_SCALAR_FIELDCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: SNARK_SCALAR_FIELDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SNARK_SCALAR_FIELDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SNARK_SCALAR_FIELDReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: SNARK_SCALAR_FIELDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SNARK_SCALAR_FIELDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SNARK_SCALAR_FIELDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SNARK_SCALAR_FIELD()";
            const SELECTOR: [u8; 4] = [37u8, 194u8, 205u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: SNARK_SCALAR_FIELDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: SNARK_SCALAR_FIELDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `clientPayout(bytes32)` and selector `0xb7c1b4f0`.
```solidity
function clientPayout(bytes32 requestId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clientPayoutCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`clientPayout(bytes32)`](clientPayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clientPayoutReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clientPayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: clientPayoutCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clientPayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clientPayoutReturn> for UnderlyingRustTuple<'_> {
                fn from(value: clientPayoutReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clientPayoutReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for clientPayoutCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "clientPayout(bytes32)";
            const SELECTOR: [u8; 4] = [183u8, 193u8, 180u8, 240u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: clientPayoutReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: clientPayoutReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commitRandomness()` and selector `0xdf3c4167`.
```solidity
function commitRandomness() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitRandomnessCall;
    ///Container type for the return parameters of the [`commitRandomness()`](commitRandomnessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitRandomnessReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitRandomnessCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: commitRandomnessCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commitRandomnessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitRandomnessReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: commitRandomnessReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commitRandomnessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl commitRandomnessReturn {
            fn _tokenize(
                &self,
            ) -> <commitRandomnessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitRandomnessCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = commitRandomnessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitRandomness()";
            const SELECTOR: [u8; 4] = [223u8, 60u8, 65u8, 103u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                commitRandomnessReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `config()` and selector `0x79502c55`.
```solidity
function config() external view returns (IMarketplace.Config memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct configCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`config()`](configCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct configReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<configCall> for UnderlyingRustTuple<'_> {
                fn from(value: configCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for configCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::Config,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<configReturn> for UnderlyingRustTuple<'_> {
                fn from(value: configReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for configReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for configCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::Config as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::Config,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "config()";
            const SELECTOR: [u8; 4] = [121u8, 80u8, 44u8, 85u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::Config as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: configReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: configReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `currentPeriod()` and selector `0x06040618`.
```solidity
function currentPeriod() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct currentPeriodCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`currentPeriod()`](currentPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct currentPeriodReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<currentPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: currentPeriodCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for currentPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<currentPeriodReturn> for UnderlyingRustTuple<'_> {
                fn from(value: currentPeriodReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for currentPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for currentPeriodCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "currentPeriod()";
            const SELECTOR: [u8; 4] = [6u8, 4u8, 6u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: currentPeriodReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: currentPeriodReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `fillSlot(bytes32,uint64,(uint256[2],uint256[2][2],uint256[2]))` and selector `0x39311ef4`.
```solidity
function fillSlot(bytes32 requestId, uint64 slotIndex, Groth16Proof memory proof) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fillSlotCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`fillSlot(bytes32,uint64,(uint256[2],uint256[2][2],uint256[2]))`](fillSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fillSlotReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                Groth16Proof,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
                <Groth16Proof as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fillSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: fillSlotCall) -> Self {
                    (value.requestId, value.slotIndex, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fillSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                        proof: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fillSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: fillSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fillSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl fillSlotReturn {
            fn _tokenize(
                &self,
            ) -> <fillSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for fillSlotCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                Groth16Proof,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = fillSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fillSlot(bytes32,uint64,(uint256[2],uint256[2][2],uint256[2]))";
            const SELECTOR: [u8; 4] = [57u8, 49u8, 30u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                    <Groth16Proof as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                fillSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `freeSlot(bytes32)` and selector `0xa29c29a4`.
```solidity
function freeSlot(bytes32 id) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct freeSlotCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`freeSlot(bytes32)`](freeSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct freeSlotReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<freeSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: freeSlotCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for freeSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<freeSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: freeSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for freeSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl freeSlotReturn {
            fn _tokenize(
                &self,
            ) -> <freeSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for freeSlotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = freeSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "freeSlot(bytes32)";
            const SELECTOR: [u8; 4] = [162u8, 156u8, 41u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                freeSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getActiveSlot(bytes32)` and selector `0xb396dc79`.
```solidity
function getActiveSlot(bytes32 id) external view returns (IMarketplace.Request memory request, uint64 slotIndex);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getActiveSlotCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getActiveSlot(bytes32)`](getActiveSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getActiveSlotReturn {
        #[allow(missing_docs)]
        pub request: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getActiveSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: getActiveSlotCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getActiveSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IMarketplace::Request,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getActiveSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getActiveSlotReturn) -> Self {
                    (value.request, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getActiveSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        request: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        impl getActiveSlotReturn {
            fn _tokenize(
                &self,
            ) -> <getActiveSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <IMarketplace::Request as alloy_sol_types::SolType>::tokenize(
                        &self.request,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getActiveSlotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = getActiveSlotReturn;
            type ReturnTuple<'a> = (
                IMarketplace::Request,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getActiveSlot(bytes32)";
            const SELECTOR: [u8; 4] = [179u8, 150u8, 220u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                getActiveSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getChallenge(bytes32)` and selector `0x458d2bf1`.
```solidity
function getChallenge(bytes32 id) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getChallenge(bytes32)`](getChallengeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeCall> for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getChallengeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getChallengeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getChallengeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getChallenge(bytes32)";
            const SELECTOR: [u8; 4] = [69u8, 141u8, 43u8, 241u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getChallengeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getChallengeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getChallengeIn(bytes32,uint256)` and selector `0x00eff783`.
```solidity
function getChallengeIn(bytes32 id, uint256 period) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeInCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getChallengeIn(bytes32,uint256)`](getChallengeInCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeInReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeInCall> for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeInCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getChallengeInCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeInReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeInReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getChallengeInReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getChallengeInCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getChallengeIn(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [0u8, 239u8, 247u8, 131u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getChallengeInReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getChallengeInReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getHost(bytes32)` and selector `0x6b00c8cf`.
```solidity
function getHost(bytes32 id) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getHostCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getHost(bytes32)`](getHostCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getHostReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getHostCall> for UnderlyingRustTuple<'_> {
                fn from(value: getHostCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getHostCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getHostReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getHostReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getHostReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getHostCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getHost(bytes32)";
            const SELECTOR: [u8; 4] = [107u8, 0u8, 200u8, 207u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getHostReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getHostReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRequest(bytes32)` and selector `0xfb1e61ca`.
```solidity
function getRequest(bytes32 requestId) external view returns (IMarketplace.Request memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getRequest(bytes32)`](getRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRequestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::Request as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::Request,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRequest(bytes32)";
            const SELECTOR: [u8; 4] = [251u8, 30u8, 97u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::Request as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRequestReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRequestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRequestInfo(bytes32)` and selector `0x82d67e5a`.
```solidity
function getRequestInfo(bytes32 requestId) external view returns (IMarketplace.RequestInfo memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestInfoCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getRequestInfo(bytes32)`](getRequestInfoCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestInfoReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::RequestInfo as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestInfoCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRequestInfoCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRequestInfoCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::RequestInfo,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::RequestInfo as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestInfoReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getRequestInfoReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getRequestInfoReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRequestInfoCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::RequestInfo as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::RequestInfo,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRequestInfo(bytes32)";
            const SELECTOR: [u8; 4] = [130u8, 214u8, 126u8, 90u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::RequestInfo as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRequestInfoReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRequestInfoReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getReservations(bytes32)` and selector `0x748de917`.
```solidity
function getReservations(bytes32 id) external view returns (address[] memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getReservationsCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getReservations(bytes32)`](getReservationsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getReservationsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getReservationsCall> for UnderlyingRustTuple<'_> {
                fn from(value: getReservationsCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getReservationsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getReservationsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getReservationsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getReservationsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getReservationsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getReservations(bytes32)";
            const SELECTOR: [u8; 4] = [116u8, 141u8, 233u8, 23u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getReservationsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getReservationsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getSlot(bytes32)` and selector `0x6317e00b`.
```solidity
function getSlot(bytes32 id) external view returns (IMarketplace.SlotInfo memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSlotCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getSlot(bytes32)`](getSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSlotReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::SlotInfo as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: getSlotCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::SlotInfo,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::SlotInfo as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getSlotReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getSlotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::SlotInfo as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::SlotInfo,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getSlot(bytes32)";
            const SELECTOR: [u8; 4] = [99u8, 23u8, 224u8, 11u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::SlotInfo as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getSlotReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getSlotReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isProofRequired(bytes32)` and selector `0xc0cc4add`.
```solidity
function isProofRequired(bytes32 id) external view returns (bool required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isProofRequired(bytes32)`](isProofRequiredCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredReturn {
        #[allow(missing_docs)]
        pub required: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredCall> for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isProofRequiredCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredReturn) -> Self {
                    (value.required,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isProofRequiredReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { required: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isProofRequiredCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isProofRequired(bytes32)";
            const SELECTOR: [u8; 4] = [192u8, 204u8, 74u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isProofRequiredReturn = r.into();
                        r.required
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isProofRequiredReturn = r.into();
                        r.required
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isProofRequiredIn(bytes32,uint256)` and selector `0xf3b8bd5e`.
```solidity
function isProofRequiredIn(bytes32 id, uint256 period) external view returns (bool required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredInCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isProofRequiredIn(bytes32,uint256)`](isProofRequiredInCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredInReturn {
        #[allow(missing_docs)]
        pub required: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredInCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredInCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isProofRequiredInCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredInReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredInReturn) -> Self {
                    (value.required,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isProofRequiredInReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { required: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isProofRequiredInCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isProofRequiredIn(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [243u8, 184u8, 189u8, 94u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isProofRequiredInReturn = r.into();
                        r.required
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isProofRequiredInReturn = r.into();
                        r.required
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `markProofAsMissing(bytes32,uint256)` and selector `0x08695fcd`.
```solidity
function markProofAsMissing(bytes32 id, uint256 period) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct markProofAsMissingCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`markProofAsMissing(bytes32,uint256)`](markProofAsMissingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct markProofAsMissingReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<markProofAsMissingCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: markProofAsMissingCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for markProofAsMissingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<markProofAsMissingReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: markProofAsMissingReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for markProofAsMissingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl markProofAsMissingReturn {
            fn _tokenize(
                &self,
            ) -> <markProofAsMissingCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for markProofAsMissingCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = markProofAsMissingReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "markProofAsMissing(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [8u8, 105u8, 95u8, 205u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                markProofAsMissingReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `missingProofs(bytes32)` and selector `0xf752196b`.
```solidity
function missingProofs(bytes32 id) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct missingProofsCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`missingProofs(bytes32)`](missingProofsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct missingProofsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<missingProofsCall> for UnderlyingRustTuple<'_> {
                fn from(value: missingProofsCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for missingProofsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<missingProofsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: missingProofsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for missingProofsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for missingProofsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "missingProofs(bytes32)";
            const SELECTOR: [u8; 4] = [247u8, 82u8, 25u8, 107u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: missingProofsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: missingProofsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodEnd(uint256)` and selector `0x27614ec4`.
```solidity
function periodEnd(uint256 period) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodEndCall {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodEnd(uint256)`](periodEndCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodEndReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodEndCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodEndCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodEndCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodEndReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodEndReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodEndReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodEndCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodEnd(uint256)";
            const SELECTOR: [u8; 4] = [39u8, 97u8, 78u8, 196u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: periodEndReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: periodEndReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodSeed(uint256)` and selector `0x42656f66`.
```solidity
function periodSeed(uint256 period) external view returns (bytes32 seed, bool known, bool binding);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodSeedCall {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodSeed(uint256)`](periodSeedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodSeedReturn {
        #[allow(missing_docs)]
        pub seed: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub known: bool,
        #[allow(missing_docs)]
        pub binding: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodSeedCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodSeedCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodSeedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                bool,
                bool,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodSeedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodSeedReturn) -> Self {
                    (value.seed, value.known, value.binding)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodSeedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        seed: tuple.0,
                        known: tuple.1,
                        binding: tuple.2,
                    }
                }
            }
        }
        impl periodSeedReturn {
            fn _tokenize(
                &self,
            ) -> <periodSeedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.seed),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.known,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.binding,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodSeedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = periodSeedReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Bool,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodSeed(uint256)";
            const SELECTOR: [u8; 4] = [66u8, 101u8, 111u8, 102u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                periodSeedReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodStart(uint256)` and selector `0xa36f1255`.
```solidity
function periodStart(uint256 period) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodStartCall {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodStart(uint256)`](periodStartCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodStartReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodStartCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodStartCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodStartCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodStartReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodStartReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodStartReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodStartCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodStart(uint256)";
            const SELECTOR: [u8; 4] = [163u8, 111u8, 18u8, 85u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: periodStartReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: periodStartReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proofReceived(bytes32,uint256)` and selector `0x278a3caf`.
```solidity
function proofReceived(bytes32 id, uint256 period) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proofReceivedCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proofReceived(bytes32,uint256)`](proofReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proofReceivedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proofReceivedCall> for UnderlyingRustTuple<'_> {
                fn from(value: proofReceivedCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proofReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proofReceivedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proofReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proofReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proofReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proofReceived(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [39u8, 138u8, 60u8, 175u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proofReceivedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proofReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestState(bytes32)` and selector `0x05b90773`.
```solidity
function requestState(bytes32 requestId) external view returns (IMarketplace.RequestState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStateCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestState(bytes32)`](requestStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStateReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStateCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestStateCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestStateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::RequestState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestStateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestStateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestStateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::RequestState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestState(bytes32)";
            const SELECTOR: [u8; 4] = [5u8, 185u8, 7u8, 115u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IMarketplace::RequestState as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestStateReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestStateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    /**Function with signature `requestStorage((address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),(bytes,bytes32),uint64,bytes32))` and selector `0x0d283a82`.
```solidity
function requestStorage(IMarketplace.Request memory request) external returns (bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStorageCall {
        #[allow(missing_docs)]
        pub request: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestStorage((address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),(bytes,bytes32),uint64,bytes32))`](requestStorageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStorageReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStorageCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestStorageCall) -> Self {
                    (value.request,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestStorageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { request: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStorageReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: requestStorageReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for requestStorageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestStorageCall {
            type Parameters<'a> = (IMarketplace::Request,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestStorage((address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),(bytes,bytes32),uint64,bytes32))";
            const SELECTOR: [u8; 4] = [13u8, 40u8, 58u8, 130u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IMarketplace::Request as alloy_sol_types::SolType>::tokenize(
                        &self.request,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestStorageReturn = r.into();
                        r.requestId
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestStorageReturn = r.into();
                        r.requestId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reserveSlot(bytes32,uint64)` and selector `0x12827602`.
```solidity
function reserveSlot(bytes32 requestId, uint64 slotIndex) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reserveSlotCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    ///Container type for the return parameters of the [`reserveSlot(bytes32,uint64)`](reserveSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reserveSlotReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reserveSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: reserveSlotCall) -> Self {
                    (value.requestId, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reserveSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reserveSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reserveSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reserveSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reserveSlotReturn {
            fn _tokenize(
                &self,
            ) -> <reserveSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reserveSlotCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = reserveSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reserveSlot(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [18u8, 130u8, 118u8, 2u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reserveSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotId(bytes32,uint64)` and selector `0x5f350213`.
```solidity
function slotId(bytes32 requestId, uint64 slotIndex) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotIdCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotId(bytes32,uint64)`](slotIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotIdCall) -> Self {
                    (value.requestId, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotIdCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotId(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [95u8, 53u8, 2u8, 19u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotIdReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotIdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotPayout(bytes32)` and selector `0x00f74588`.
```solidity
function slotPayout(bytes32 id) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotPayoutCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotPayout(bytes32)`](slotPayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotPayoutReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotPayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotPayoutCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotPayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotPayoutReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotPayoutReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotPayoutReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotPayoutCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotPayout(bytes32)";
            const SELECTOR: [u8; 4] = [0u8, 247u8, 69u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotPayoutReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotPayoutReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotState(bytes32)` and selector `0xbe5cdc48`.
```solidity
function slotState(bytes32 id) external view returns (IMarketplace.SlotState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotState(bytes32)`](slotStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::SlotState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotStateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::SlotState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotState(bytes32)";
            const SELECTOR: [u8; 4] = [190u8, 92u8, 220u8, 72u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::SlotState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotStateReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotStateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotStateAt(bytes32,uint64)` and selector `0x75710579`.
```solidity
function slotStateAt(bytes32 requestId, uint64 slotIndex) external view returns (IMarketplace.SlotState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateAtCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotStateAt(bytes32,uint64)`](slotStateAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateAtReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateAtCall) -> Self {
                    (value.requestId, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::SlotState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotStateAtCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::SlotState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotStateAt(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [117u8, 113u8, 5u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::SlotState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotStateAtReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotStateAtReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `submitProof(bytes32,(uint256[2],uint256[2][2],uint256[2]))` and selector `0x068edcda`.
```solidity
function submitProof(bytes32 id, Groth16Proof memory proof) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct submitProofCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`submitProof(bytes32,(uint256[2],uint256[2][2],uint256[2]))`](submitProofCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct submitProofReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                Groth16Proof,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <Groth16Proof as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<submitProofCall> for UnderlyingRustTuple<'_> {
                fn from(value: submitProofCall) -> Self {
                    (value.id, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for submitProofCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        proof: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<submitProofReturn> for UnderlyingRustTuple<'_> {
                fn from(value: submitProofReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for submitProofReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl submitProofReturn {
            fn _tokenize(
                &self,
            ) -> <submitProofCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for submitProofCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                Groth16Proof,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = submitProofReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "submitProof(bytes32,(uint256[2],uint256[2][2],uint256[2]))";
            const SELECTOR: [u8; 4] = [6u8, 142u8, 220u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <Groth16Proof as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                submitProofReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `token()` and selector `0xfc0c546a`.
```solidity
function token() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `verifier()` and selector `0x2b7ac3f3`.
```solidity
function verifier() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifierCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`verifier()`](verifierCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifierReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<verifierCall> for UnderlyingRustTuple<'_> {
                fn from(value: verifierCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifierCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<verifierReturn> for UnderlyingRustTuple<'_> {
                fn from(value: verifierReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifierReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for verifierCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "verifier()";
            const SELECTOR: [u8; 4] = [43u8, 122u8, 195u8, 243u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: verifierReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: verifierReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `willProofBeRequired(bytes32)` and selector `0xa3a0807e`.
```solidity
function willProofBeRequired(bytes32 id) external view returns (bool required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct willProofBeRequiredCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`willProofBeRequired(bytes32)`](willProofBeRequiredCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct willProofBeRequiredReturn {
        #[allow(missing_docs)]
        pub required: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<willProofBeRequiredCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: willProofBeRequiredCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for willProofBeRequiredCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<willProofBeRequiredReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: willProofBeRequiredReturn) -> Self {
                    (value.required,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for willProofBeRequiredReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { required: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for willProofBeRequiredCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "willProofBeRequired(bytes32)";
            const SELECTOR: [u8; 4] = [163u8, 160u8, 128u8, 126u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: willProofBeRequiredReturn = r.into();
                        r.required
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: willProofBeRequiredReturn = r.into();
                        r.required
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawFunds(bytes32)` and selector `0x6e2b54ee`.
```solidity
function withdrawFunds(bytes32 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFundsCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`withdrawFunds(bytes32)`](withdrawFundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFundsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawFundsCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFundsCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawFundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawFundsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFundsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawFundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawFundsReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawFundsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawFundsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawFundsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawFunds(bytes32)";
            const SELECTOR: [u8; 4] = [110u8, 43u8, 84u8, 238u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawFundsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`Marketplace`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum MarketplaceCalls {
        #[allow(missing_docs)]
        MAX_CID_LENGTH(MAX_CID_LENGTHCall),
        #[allow(missing_docs)]
        MAX_PRICE(MAX_PRICECall),
        #[allow(missing_docs)]
        MAX_SLOTS(MAX_SLOTSCall),
        #[allow(missing_docs)]
        SNARK_SCALAR_FIELD(SNARK_SCALAR_FIELDCall),
        #[allow(missing_docs)]
        clientPayout(clientPayoutCall),
        #[allow(missing_docs)]
        commitRandomness(commitRandomnessCall),
        #[allow(missing_docs)]
        config(configCall),
        #[allow(missing_docs)]
        currentPeriod(currentPeriodCall),
        #[allow(missing_docs)]
        fillSlot(fillSlotCall),
        #[allow(missing_docs)]
        freeSlot(freeSlotCall),
        #[allow(missing_docs)]
        getActiveSlot(getActiveSlotCall),
        #[allow(missing_docs)]
        getChallenge(getChallengeCall),
        #[allow(missing_docs)]
        getChallengeIn(getChallengeInCall),
        #[allow(missing_docs)]
        getHost(getHostCall),
        #[allow(missing_docs)]
        getRequest(getRequestCall),
        #[allow(missing_docs)]
        getRequestInfo(getRequestInfoCall),
        #[allow(missing_docs)]
        getReservations(getReservationsCall),
        #[allow(missing_docs)]
        getSlot(getSlotCall),
        #[allow(missing_docs)]
        isProofRequired(isProofRequiredCall),
        #[allow(missing_docs)]
        isProofRequiredIn(isProofRequiredInCall),
        #[allow(missing_docs)]
        markProofAsMissing(markProofAsMissingCall),
        #[allow(missing_docs)]
        missingProofs(missingProofsCall),
        #[allow(missing_docs)]
        periodEnd(periodEndCall),
        #[allow(missing_docs)]
        periodSeed(periodSeedCall),
        #[allow(missing_docs)]
        periodStart(periodStartCall),
        #[allow(missing_docs)]
        proofReceived(proofReceivedCall),
        #[allow(missing_docs)]
        requestState(requestStateCall),
        #[allow(missing_docs)]
        requestStorage(requestStorageCall),
        #[allow(missing_docs)]
        reserveSlot(reserveSlotCall),
        #[allow(missing_docs)]
        slotId(slotIdCall),
        #[allow(missing_docs)]
        slotPayout(slotPayoutCall),
        #[allow(missing_docs)]
        slotState(slotStateCall),
        #[allow(missing_docs)]
        slotStateAt(slotStateAtCall),
        #[allow(missing_docs)]
        submitProof(submitProofCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        verifier(verifierCall),
        #[allow(missing_docs)]
        willProofBeRequired(willProofBeRequiredCall),
        #[allow(missing_docs)]
        withdrawFunds(withdrawFundsCall),
    }
    impl MarketplaceCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 239u8, 247u8, 131u8],
            [0u8, 247u8, 69u8, 136u8],
            [1u8, 193u8, 29u8, 150u8],
            [5u8, 185u8, 7u8, 115u8],
            [6u8, 4u8, 6u8, 24u8],
            [6u8, 142u8, 220u8, 218u8],
            [8u8, 105u8, 95u8, 205u8],
            [13u8, 40u8, 58u8, 130u8],
            [18u8, 130u8, 118u8, 2u8],
            [37u8, 194u8, 205u8, 18u8],
            [39u8, 97u8, 78u8, 196u8],
            [39u8, 138u8, 60u8, 175u8],
            [43u8, 122u8, 195u8, 243u8],
            [57u8, 49u8, 30u8, 244u8],
            [66u8, 101u8, 111u8, 102u8],
            [69u8, 141u8, 43u8, 241u8],
            [95u8, 53u8, 2u8, 19u8],
            [99u8, 23u8, 224u8, 11u8],
            [107u8, 0u8, 200u8, 207u8],
            [110u8, 43u8, 84u8, 238u8],
            [116u8, 141u8, 233u8, 23u8],
            [117u8, 113u8, 5u8, 121u8],
            [121u8, 80u8, 44u8, 85u8],
            [130u8, 214u8, 126u8, 90u8],
            [162u8, 156u8, 41u8, 164u8],
            [163u8, 111u8, 18u8, 85u8],
            [163u8, 160u8, 128u8, 126u8],
            [168u8, 45u8, 166u8, 13u8],
            [179u8, 150u8, 220u8, 121u8],
            [183u8, 193u8, 180u8, 240u8],
            [190u8, 92u8, 220u8, 72u8],
            [192u8, 204u8, 74u8, 221u8],
            [192u8, 243u8, 242u8, 233u8],
            [223u8, 60u8, 65u8, 103u8],
            [243u8, 184u8, 189u8, 94u8],
            [247u8, 82u8, 25u8, 107u8],
            [251u8, 30u8, 97u8, 202u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(getChallengeIn),
            ::core::stringify!(slotPayout),
            ::core::stringify!(MAX_PRICE),
            ::core::stringify!(requestState),
            ::core::stringify!(currentPeriod),
            ::core::stringify!(submitProof),
            ::core::stringify!(markProofAsMissing),
            ::core::stringify!(requestStorage),
            ::core::stringify!(reserveSlot),
            ::core::stringify!(SNARK_SCALAR_FIELD),
            ::core::stringify!(periodEnd),
            ::core::stringify!(proofReceived),
            ::core::stringify!(verifier),
            ::core::stringify!(fillSlot),
            ::core::stringify!(periodSeed),
            ::core::stringify!(getChallenge),
            ::core::stringify!(slotId),
            ::core::stringify!(getSlot),
            ::core::stringify!(getHost),
            ::core::stringify!(withdrawFunds),
            ::core::stringify!(getReservations),
            ::core::stringify!(slotStateAt),
            ::core::stringify!(config),
            ::core::stringify!(getRequestInfo),
            ::core::stringify!(freeSlot),
            ::core::stringify!(periodStart),
            ::core::stringify!(willProofBeRequired),
            ::core::stringify!(MAX_CID_LENGTH),
            ::core::stringify!(getActiveSlot),
            ::core::stringify!(clientPayout),
            ::core::stringify!(slotState),
            ::core::stringify!(isProofRequired),
            ::core::stringify!(MAX_SLOTS),
            ::core::stringify!(commitRandomness),
            ::core::stringify!(isProofRequiredIn),
            ::core::stringify!(missingProofs),
            ::core::stringify!(getRequest),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <getChallengeInCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotPayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PRICECall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <currentPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <submitProofCall as alloy_sol_types::SolCall>::SIGNATURE,
            <markProofAsMissingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestStorageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reserveSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodEndCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proofReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <verifierCall as alloy_sol_types::SolCall>::SIGNATURE,
            <fillSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodSeedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getChallengeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getHostCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawFundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getReservationsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotStateAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <configCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRequestInfoCall as alloy_sol_types::SolCall>::SIGNATURE,
            <freeSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodStartCall as alloy_sol_types::SolCall>::SIGNATURE,
            <willProofBeRequiredCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getActiveSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <clientPayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isProofRequiredCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_SLOTSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitRandomnessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isProofRequiredInCall as alloy_sol_types::SolCall>::SIGNATURE,
            <missingProofsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MarketplaceCalls {
        const NAME: &'static str = "MarketplaceCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 38usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::MAX_CID_LENGTH(_) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_PRICE(_) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_SLOTS(_) => {
                    <MAX_SLOTSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SNARK_SCALAR_FIELD(_) => {
                    <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::clientPayout(_) => {
                    <clientPayoutCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commitRandomness(_) => {
                    <commitRandomnessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::config(_) => <configCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::currentPeriod(_) => {
                    <currentPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::fillSlot(_) => <fillSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::freeSlot(_) => <freeSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getActiveSlot(_) => {
                    <getActiveSlotCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getChallenge(_) => {
                    <getChallengeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getChallengeIn(_) => {
                    <getChallengeInCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getHost(_) => <getHostCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getRequest(_) => {
                    <getRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRequestInfo(_) => {
                    <getRequestInfoCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getReservations(_) => {
                    <getReservationsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getSlot(_) => <getSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isProofRequired(_) => {
                    <isProofRequiredCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isProofRequiredIn(_) => {
                    <isProofRequiredInCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::markProofAsMissing(_) => {
                    <markProofAsMissingCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::missingProofs(_) => {
                    <missingProofsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodEnd(_) => {
                    <periodEndCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodSeed(_) => {
                    <periodSeedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodStart(_) => {
                    <periodStartCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proofReceived(_) => {
                    <proofReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestState(_) => {
                    <requestStateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestStorage(_) => {
                    <requestStorageCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::reserveSlot(_) => {
                    <reserveSlotCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotId(_) => <slotIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slotPayout(_) => {
                    <slotPayoutCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotState(_) => {
                    <slotStateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotStateAt(_) => {
                    <slotStateAtCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::submitProof(_) => {
                    <submitProofCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::verifier(_) => <verifierCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::willProofBeRequired(_) => {
                    <willProofBeRequiredCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawFunds(_) => {
                    <withdrawFundsCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceCalls>] = &[
                {
                    fn getChallengeIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeInCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getChallengeIn)
                    }
                    getChallengeIn
                },
                {
                    fn slotPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::slotPayout)
                    }
                    slotPayout
                },
                {
                    fn MAX_PRICE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_PRICECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::MAX_PRICE)
                    }
                    MAX_PRICE
                },
                {
                    fn requestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::requestState)
                    }
                    requestState
                },
                {
                    fn currentPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <currentPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::currentPeriod)
                    }
                    currentPeriod
                },
                {
                    fn submitProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <submitProofCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::submitProof)
                    }
                    submitProof
                },
                {
                    fn markProofAsMissing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::markProofAsMissing)
                    }
                    markProofAsMissing
                },
                {
                    fn requestStorage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStorageCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::requestStorage)
                    }
                    requestStorage
                },
                {
                    fn reserveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <reserveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::reserveSlot)
                    }
                    reserveSlot
                },
                {
                    fn SNARK_SCALAR_FIELD(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::SNARK_SCALAR_FIELD)
                    }
                    SNARK_SCALAR_FIELD
                },
                {
                    fn periodEnd(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodEndCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::periodEnd)
                    }
                    periodEnd
                },
                {
                    fn proofReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <proofReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::proofReceived)
                    }
                    proofReceived
                },
                {
                    fn verifier(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <verifierCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::verifier)
                    }
                    verifier
                },
                {
                    fn fillSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <fillSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::fillSlot)
                    }
                    fillSlot
                },
                {
                    fn periodSeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodSeedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::periodSeed)
                    }
                    periodSeed
                },
                {
                    fn getChallenge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getChallenge)
                    }
                    getChallenge
                },
                {
                    fn slotId(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::slotId)
                    }
                    slotId
                },
                {
                    fn getSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::getSlot)
                    }
                    getSlot
                },
                {
                    fn getHost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getHostCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::getHost)
                    }
                    getHost
                },
                {
                    fn withdrawFunds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <withdrawFundsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::withdrawFunds)
                    }
                    withdrawFunds
                },
                {
                    fn getReservations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getReservationsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getReservations)
                    }
                    getReservations
                },
                {
                    fn slotStateAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateAtCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::slotStateAt)
                    }
                    slotStateAt
                },
                {
                    fn config(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <configCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::config)
                    }
                    config
                },
                {
                    fn getRequestInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestInfoCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getRequestInfo)
                    }
                    getRequestInfo
                },
                {
                    fn freeSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <freeSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::freeSlot)
                    }
                    freeSlot
                },
                {
                    fn periodStart(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodStartCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::periodStart)
                    }
                    periodStart
                },
                {
                    fn willProofBeRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::willProofBeRequired)
                    }
                    willProofBeRequired
                },
                {
                    fn MAX_CID_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_CID_LENGTH)
                    }
                    MAX_CID_LENGTH
                },
                {
                    fn getActiveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getActiveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getActiveSlot)
                    }
                    getActiveSlot
                },
                {
                    fn clientPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <clientPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::clientPayout)
                    }
                    clientPayout
                },
                {
                    fn slotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::slotState)
                    }
                    slotState
                },
                {
                    fn isProofRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequired)
                    }
                    isProofRequired
                },
                {
                    fn MAX_SLOTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::MAX_SLOTS)
                    }
                    MAX_SLOTS
                },
                {
                    fn commitRandomness(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <commitRandomnessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::commitRandomness)
                    }
                    commitRandomness
                },
                {
                    fn isProofRequiredIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequiredIn)
                    }
                    isProofRequiredIn
                },
                {
                    fn missingProofs(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <missingProofsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::missingProofs)
                    }
                    missingProofs
                },
                {
                    fn getRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getRequest)
                    }
                    getRequest
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceCalls>] = &[
                {
                    fn getChallengeIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeInCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getChallengeIn)
                    }
                    getChallengeIn
                },
                {
                    fn slotPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotPayout)
                    }
                    slotPayout
                },
                {
                    fn MAX_PRICE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_PRICECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_PRICE)
                    }
                    MAX_PRICE
                },
                {
                    fn requestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::requestState)
                    }
                    requestState
                },
                {
                    fn currentPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <currentPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::currentPeriod)
                    }
                    currentPeriod
                },
                {
                    fn submitProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <submitProofCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::submitProof)
                    }
                    submitProof
                },
                {
                    fn markProofAsMissing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::markProofAsMissing)
                    }
                    markProofAsMissing
                },
                {
                    fn requestStorage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStorageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::requestStorage)
                    }
                    requestStorage
                },
                {
                    fn reserveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <reserveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::reserveSlot)
                    }
                    reserveSlot
                },
                {
                    fn SNARK_SCALAR_FIELD(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::SNARK_SCALAR_FIELD)
                    }
                    SNARK_SCALAR_FIELD
                },
                {
                    fn periodEnd(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodEndCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::periodEnd)
                    }
                    periodEnd
                },
                {
                    fn proofReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <proofReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::proofReceived)
                    }
                    proofReceived
                },
                {
                    fn verifier(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <verifierCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::verifier)
                    }
                    verifier
                },
                {
                    fn fillSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <fillSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::fillSlot)
                    }
                    fillSlot
                },
                {
                    fn periodSeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodSeedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::periodSeed)
                    }
                    periodSeed
                },
                {
                    fn getChallenge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getChallenge)
                    }
                    getChallenge
                },
                {
                    fn slotId(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotId)
                    }
                    slotId
                },
                {
                    fn getSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getSlot)
                    }
                    getSlot
                },
                {
                    fn getHost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getHostCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getHost)
                    }
                    getHost
                },
                {
                    fn withdrawFunds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <withdrawFundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::withdrawFunds)
                    }
                    withdrawFunds
                },
                {
                    fn getReservations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getReservationsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getReservations)
                    }
                    getReservations
                },
                {
                    fn slotStateAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotStateAt)
                    }
                    slotStateAt
                },
                {
                    fn config(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <configCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::config)
                    }
                    config
                },
                {
                    fn getRequestInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestInfoCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getRequestInfo)
                    }
                    getRequestInfo
                },
                {
                    fn freeSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <freeSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::freeSlot)
                    }
                    freeSlot
                },
                {
                    fn periodStart(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodStartCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::periodStart)
                    }
                    periodStart
                },
                {
                    fn willProofBeRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::willProofBeRequired)
                    }
                    willProofBeRequired
                },
                {
                    fn MAX_CID_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_CID_LENGTH)
                    }
                    MAX_CID_LENGTH
                },
                {
                    fn getActiveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getActiveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getActiveSlot)
                    }
                    getActiveSlot
                },
                {
                    fn clientPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <clientPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::clientPayout)
                    }
                    clientPayout
                },
                {
                    fn slotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotState)
                    }
                    slotState
                },
                {
                    fn isProofRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequired)
                    }
                    isProofRequired
                },
                {
                    fn MAX_SLOTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_SLOTS)
                    }
                    MAX_SLOTS
                },
                {
                    fn commitRandomness(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <commitRandomnessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::commitRandomness)
                    }
                    commitRandomness
                },
                {
                    fn isProofRequiredIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequiredIn)
                    }
                    isProofRequiredIn
                },
                {
                    fn missingProofs(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <missingProofsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::missingProofs)
                    }
                    missingProofs
                },
                {
                    fn getRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getRequest)
                    }
                    getRequest
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::MAX_CID_LENGTH(inner) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_PRICE(inner) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_SLOTS(inner) => {
                    <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::SNARK_SCALAR_FIELD(inner) => {
                    <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::clientPayout(inner) => {
                    <clientPayoutCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commitRandomness(inner) => {
                    <commitRandomnessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::config(inner) => {
                    <configCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::currentPeriod(inner) => {
                    <currentPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::fillSlot(inner) => {
                    <fillSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::freeSlot(inner) => {
                    <freeSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getActiveSlot(inner) => {
                    <getActiveSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getChallenge(inner) => {
                    <getChallengeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getChallengeIn(inner) => {
                    <getChallengeInCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getHost(inner) => {
                    <getHostCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRequest(inner) => {
                    <getRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRequestInfo(inner) => {
                    <getRequestInfoCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getReservations(inner) => {
                    <getReservationsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getSlot(inner) => {
                    <getSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isProofRequired(inner) => {
                    <isProofRequiredCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isProofRequiredIn(inner) => {
                    <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::markProofAsMissing(inner) => {
                    <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::missingProofs(inner) => {
                    <missingProofsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::periodEnd(inner) => {
                    <periodEndCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::periodSeed(inner) => {
                    <periodSeedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::periodStart(inner) => {
                    <periodStartCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proofReceived(inner) => {
                    <proofReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestState(inner) => {
                    <requestStateCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestStorage(inner) => {
                    <requestStorageCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reserveSlot(inner) => {
                    <reserveSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slotId(inner) => {
                    <slotIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotPayout(inner) => {
                    <slotPayoutCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotState(inner) => {
                    <slotStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotStateAt(inner) => {
                    <slotStateAtCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::submitProof(inner) => {
                    <submitProofCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::verifier(inner) => {
                    <verifierCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::willProofBeRequired(inner) => {
                    <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawFunds(inner) => {
                    <withdrawFundsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::MAX_CID_LENGTH(inner) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_PRICE(inner) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_SLOTS(inner) => {
                    <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SNARK_SCALAR_FIELD(inner) => {
                    <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::clientPayout(inner) => {
                    <clientPayoutCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commitRandomness(inner) => {
                    <commitRandomnessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::config(inner) => {
                    <configCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::currentPeriod(inner) => {
                    <currentPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::fillSlot(inner) => {
                    <fillSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::freeSlot(inner) => {
                    <freeSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getActiveSlot(inner) => {
                    <getActiveSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getChallenge(inner) => {
                    <getChallengeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getChallengeIn(inner) => {
                    <getChallengeInCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getHost(inner) => {
                    <getHostCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getRequest(inner) => {
                    <getRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRequestInfo(inner) => {
                    <getRequestInfoCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getReservations(inner) => {
                    <getReservationsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getSlot(inner) => {
                    <getSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isProofRequired(inner) => {
                    <isProofRequiredCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isProofRequiredIn(inner) => {
                    <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::markProofAsMissing(inner) => {
                    <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::missingProofs(inner) => {
                    <missingProofsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodEnd(inner) => {
                    <periodEndCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodSeed(inner) => {
                    <periodSeedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodStart(inner) => {
                    <periodStartCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proofReceived(inner) => {
                    <proofReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestState(inner) => {
                    <requestStateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestStorage(inner) => {
                    <requestStorageCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::reserveSlot(inner) => {
                    <reserveSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slotId(inner) => {
                    <slotIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slotPayout(inner) => {
                    <slotPayoutCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slotState(inner) => {
                    <slotStateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slotStateAt(inner) => {
                    <slotStateAtCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::submitProof(inner) => {
                    <submitProofCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::verifier(inner) => {
                    <verifierCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::willProofBeRequired(inner) => {
                    <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawFunds(inner) => {
                    <withdrawFundsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Marketplace`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum MarketplaceErrors {
        #[allow(missing_docs)]
        AlreadyMarked(AlreadyMarked),
        #[allow(missing_docs)]
        AlreadyReserved(AlreadyReserved),
        #[allow(missing_docs)]
        AlreadyWithdrawn(AlreadyWithdrawn),
        #[allow(missing_docs)]
        ChallengeNotReady(ChallengeNotReady),
        #[allow(missing_docs)]
        InvalidConfig(InvalidConfig),
        #[allow(missing_docs)]
        InvalidProof(InvalidProof),
        #[allow(missing_docs)]
        InvalidRequest(InvalidRequest),
        #[allow(missing_docs)]
        InvalidRequestState(InvalidRequestState),
        #[allow(missing_docs)]
        InvalidSlotIndex(InvalidSlotIndex),
        #[allow(missing_docs)]
        InvalidSlotState(InvalidSlotState),
        #[allow(missing_docs)]
        NotAuthorized(NotAuthorized),
        #[allow(missing_docs)]
        NotReserved(NotReserved),
        #[allow(missing_docs)]
        PeriodNotEnded(PeriodNotEnded),
        #[allow(missing_docs)]
        ProofAlreadySubmitted(ProofAlreadySubmitted),
        #[allow(missing_docs)]
        ProofNotRequired(ProofNotRequired),
        #[allow(missing_docs)]
        RequestExists(RequestExists),
        #[allow(missing_docs)]
        ReservationsFull(ReservationsFull),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        UnknownRequest(UnknownRequest),
        #[allow(missing_docs)]
        UnknownSlot(UnknownSlot),
        #[allow(missing_docs)]
        ValidationTimedOut(ValidationTimedOut),
    }
    impl MarketplaceErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [9u8, 189u8, 227u8, 57u8],
            [23u8, 188u8, 50u8, 219u8],
            [29u8, 129u8, 5u8, 148u8],
            [55u8, 2u8, 40u8, 56u8],
            [64u8, 141u8, 240u8, 25u8],
            [74u8, 11u8, 254u8, 193u8],
            [82u8, 116u8, 175u8, 231u8],
            [103u8, 45u8, 202u8, 21u8],
            [123u8, 60u8, 50u8, 148u8],
            [123u8, 190u8, 52u8, 201u8],
            [129u8, 253u8, 205u8, 126u8],
            [131u8, 92u8, 218u8, 41u8],
            [135u8, 179u8, 74u8, 6u8],
            [137u8, 166u8, 25u8, 137u8],
            [164u8, 169u8, 156u8, 97u8],
            [177u8, 119u8, 112u8, 179u8],
            [178u8, 109u8, 188u8, 47u8],
            [196u8, 228u8, 199u8, 217u8],
            [199u8, 35u8, 77u8, 178u8],
            [215u8, 240u8, 227u8, 8u8],
            [220u8, 162u8, 27u8, 160u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidProof),
            ::core::stringify!(InvalidSlotIndex),
            ::core::stringify!(InvalidRequestState),
            ::core::stringify!(InvalidRequest),
            ::core::stringify!(ProofNotRequired),
            ::core::stringify!(NotAuthorized),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(ReservationsFull),
            ::core::stringify!(ValidationTimedOut),
            ::core::stringify!(UnknownRequest),
            ::core::stringify!(NotReserved),
            ::core::stringify!(PeriodNotEnded),
            ::core::stringify!(AlreadyReserved),
            ::core::stringify!(InvalidConfig),
            ::core::stringify!(RequestExists),
            ::core::stringify!(ProofAlreadySubmitted),
            ::core::stringify!(UnknownSlot),
            ::core::stringify!(AlreadyWithdrawn),
            ::core::stringify!(ChallengeNotReady),
            ::core::stringify!(InvalidSlotState),
            ::core::stringify!(AlreadyMarked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidProof as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlotIndex as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRequestState as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRequest as alloy_sol_types::SolError>::SIGNATURE,
            <ProofNotRequired as alloy_sol_types::SolError>::SIGNATURE,
            <NotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <ReservationsFull as alloy_sol_types::SolError>::SIGNATURE,
            <ValidationTimedOut as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <NotReserved as alloy_sol_types::SolError>::SIGNATURE,
            <PeriodNotEnded as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyReserved as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidConfig as alloy_sol_types::SolError>::SIGNATURE,
            <RequestExists as alloy_sol_types::SolError>::SIGNATURE,
            <ProofAlreadySubmitted as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSlot as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyWithdrawn as alloy_sol_types::SolError>::SIGNATURE,
            <ChallengeNotReady as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlotState as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyMarked as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MarketplaceErrors {
        const NAME: &'static str = "MarketplaceErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 21usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyMarked(_) => {
                    <AlreadyMarked as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyReserved(_) => {
                    <AlreadyReserved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyWithdrawn(_) => {
                    <AlreadyWithdrawn as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChallengeNotReady(_) => {
                    <ChallengeNotReady as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidConfig(_) => {
                    <InvalidConfig as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidProof(_) => {
                    <InvalidProof as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRequest(_) => {
                    <InvalidRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRequestState(_) => {
                    <InvalidRequestState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlotIndex(_) => {
                    <InvalidSlotIndex as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlotState(_) => {
                    <InvalidSlotState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotAuthorized(_) => {
                    <NotAuthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotReserved(_) => {
                    <NotReserved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PeriodNotEnded(_) => {
                    <PeriodNotEnded as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProofAlreadySubmitted(_) => {
                    <ProofAlreadySubmitted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProofNotRequired(_) => {
                    <ProofNotRequired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RequestExists(_) => {
                    <RequestExists as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReservationsFull(_) => {
                    <ReservationsFull as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownRequest(_) => {
                    <UnknownRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownSlot(_) => {
                    <UnknownSlot as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ValidationTimedOut(_) => {
                    <ValidationTimedOut as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceErrors>] = &[
                {
                    fn InvalidProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidProof as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::InvalidProof)
                    }
                    InvalidProof
                },
                {
                    fn InvalidSlotIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotIndex as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotIndex)
                    }
                    InvalidSlotIndex
                },
                {
                    fn InvalidRequestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequestState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequestState)
                    }
                    InvalidRequestState
                },
                {
                    fn InvalidRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequest)
                    }
                    InvalidRequest
                },
                {
                    fn ProofNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofNotRequired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ProofNotRequired)
                    }
                    ProofNotRequired
                },
                {
                    fn NotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotAuthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::NotAuthorized)
                    }
                    NotAuthorized
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn ReservationsFull(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ReservationsFull as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ReservationsFull)
                    }
                    ReservationsFull
                },
                {
                    fn ValidationTimedOut(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ValidationTimedOut as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ValidationTimedOut)
                    }
                    ValidationTimedOut
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn NotReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotReserved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::NotReserved)
                    }
                    NotReserved
                },
                {
                    fn PeriodNotEnded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <PeriodNotEnded as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::PeriodNotEnded)
                    }
                    PeriodNotEnded
                },
                {
                    fn AlreadyReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyReserved as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyReserved)
                    }
                    AlreadyReserved
                },
                {
                    fn InvalidConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidConfig as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidConfig)
                    }
                    InvalidConfig
                },
                {
                    fn RequestExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <RequestExists as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::RequestExists)
                    }
                    RequestExists
                },
                {
                    fn ProofAlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ProofAlreadySubmitted)
                    }
                    ProofAlreadySubmitted
                },
                {
                    fn UnknownSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::UnknownSlot)
                    }
                    UnknownSlot
                },
                {
                    fn AlreadyWithdrawn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyWithdrawn)
                    }
                    AlreadyWithdrawn
                },
                {
                    fn ChallengeNotReady(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ChallengeNotReady as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ChallengeNotReady)
                    }
                    ChallengeNotReady
                },
                {
                    fn InvalidSlotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotState)
                    }
                    InvalidSlotState
                },
                {
                    fn AlreadyMarked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyMarked as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyMarked)
                    }
                    AlreadyMarked
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceErrors>] = &[
                {
                    fn InvalidProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidProof as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidProof)
                    }
                    InvalidProof
                },
                {
                    fn InvalidSlotIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotIndex as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotIndex)
                    }
                    InvalidSlotIndex
                },
                {
                    fn InvalidRequestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequestState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequestState)
                    }
                    InvalidRequestState
                },
                {
                    fn InvalidRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequest)
                    }
                    InvalidRequest
                },
                {
                    fn ProofNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofNotRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ProofNotRequired)
                    }
                    ProofNotRequired
                },
                {
                    fn NotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotAuthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::NotAuthorized)
                    }
                    NotAuthorized
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn ReservationsFull(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ReservationsFull as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ReservationsFull)
                    }
                    ReservationsFull
                },
                {
                    fn ValidationTimedOut(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ValidationTimedOut as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ValidationTimedOut)
                    }
                    ValidationTimedOut
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn NotReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotReserved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::NotReserved)
                    }
                    NotReserved
                },
                {
                    fn PeriodNotEnded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <PeriodNotEnded as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::PeriodNotEnded)
                    }
                    PeriodNotEnded
                },
                {
                    fn AlreadyReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyReserved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyReserved)
                    }
                    AlreadyReserved
                },
                {
                    fn InvalidConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidConfig as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidConfig)
                    }
                    InvalidConfig
                },
                {
                    fn RequestExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <RequestExists as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::RequestExists)
                    }
                    RequestExists
                },
                {
                    fn ProofAlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ProofAlreadySubmitted)
                    }
                    ProofAlreadySubmitted
                },
                {
                    fn UnknownSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::UnknownSlot)
                    }
                    UnknownSlot
                },
                {
                    fn AlreadyWithdrawn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyWithdrawn)
                    }
                    AlreadyWithdrawn
                },
                {
                    fn ChallengeNotReady(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ChallengeNotReady as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ChallengeNotReady)
                    }
                    ChallengeNotReady
                },
                {
                    fn InvalidSlotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotState)
                    }
                    InvalidSlotState
                },
                {
                    fn AlreadyMarked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyMarked as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyMarked)
                    }
                    AlreadyMarked
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AlreadyMarked(inner) => {
                    <AlreadyMarked as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AlreadyReserved(inner) => {
                    <AlreadyReserved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadyWithdrawn(inner) => {
                    <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChallengeNotReady(inner) => {
                    <ChallengeNotReady as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidConfig(inner) => {
                    <InvalidConfig as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidProof(inner) => {
                    <InvalidProof as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidRequestState(inner) => {
                    <InvalidRequestState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlotIndex(inner) => {
                    <InvalidSlotIndex as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlotState(inner) => {
                    <InvalidSlotState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotAuthorized(inner) => {
                    <NotAuthorized as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotReserved(inner) => {
                    <NotReserved as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PeriodNotEnded(inner) => {
                    <PeriodNotEnded as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProofAlreadySubmitted(inner) => {
                    <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProofNotRequired(inner) => {
                    <ProofNotRequired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RequestExists(inner) => {
                    <RequestExists as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ReservationsFull(inner) => {
                    <ReservationsFull as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownSlot(inner) => {
                    <UnknownSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ValidationTimedOut(inner) => {
                    <ValidationTimedOut as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadyMarked(inner) => {
                    <AlreadyMarked as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyReserved(inner) => {
                    <AlreadyReserved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyWithdrawn(inner) => {
                    <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChallengeNotReady(inner) => {
                    <ChallengeNotReady as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidConfig(inner) => {
                    <InvalidConfig as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidProof(inner) => {
                    <InvalidProof as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRequestState(inner) => {
                    <InvalidRequestState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlotIndex(inner) => {
                    <InvalidSlotIndex as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlotState(inner) => {
                    <InvalidSlotState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotAuthorized(inner) => {
                    <NotAuthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotReserved(inner) => {
                    <NotReserved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PeriodNotEnded(inner) => {
                    <PeriodNotEnded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProofAlreadySubmitted(inner) => {
                    <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProofNotRequired(inner) => {
                    <ProofNotRequired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RequestExists(inner) => {
                    <RequestExists as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReservationsFull(inner) => {
                    <ReservationsFull as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownSlot(inner) => {
                    <UnknownSlot as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ValidationTimedOut(inner) => {
                    <ValidationTimedOut as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Marketplace`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum MarketplaceEvents {
        #[allow(missing_docs)]
        FundsWithdrawn(FundsWithdrawn),
        #[allow(missing_docs)]
        ProofMissed(ProofMissed),
        #[allow(missing_docs)]
        ProofSubmitted(ProofSubmitted),
        #[allow(missing_docs)]
        RandomnessCommitted(RandomnessCommitted),
        #[allow(missing_docs)]
        RequestFailed(RequestFailed),
        #[allow(missing_docs)]
        RequestStarted(RequestStarted),
        #[allow(missing_docs)]
        SlotAbandoned(SlotAbandoned),
        #[allow(missing_docs)]
        SlotFilled(SlotFilled),
        #[allow(missing_docs)]
        SlotFreed(SlotFreed),
        #[allow(missing_docs)]
        SlotPaid(SlotPaid),
        #[allow(missing_docs)]
        SlotReserved(SlotReserved),
        #[allow(missing_docs)]
        StorageRequested(StorageRequested),
    }
    impl MarketplaceEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                21u8, 60u8, 44u8, 214u8, 206u8, 41u8, 26u8, 6u8, 21u8, 81u8, 111u8,
                174u8, 142u8, 187u8, 68u8, 125u8, 125u8, 53u8, 132u8, 145u8, 238u8,
                239u8, 229u8, 79u8, 223u8, 24u8, 77u8, 5u8, 99u8, 127u8, 84u8, 67u8,
            ],
            [
                60u8, 14u8, 133u8, 172u8, 244u8, 82u8, 232u8, 103u8, 238u8, 9u8, 201u8,
                21u8, 29u8, 44u8, 244u8, 95u8, 230u8, 214u8, 167u8, 41u8, 39u8, 19u8,
                71u8, 232u8, 154u8, 154u8, 107u8, 145u8, 176u8, 129u8, 243u8, 29u8,
            ],
            [
                71u8, 105u8, 54u8, 26u8, 68u8, 37u8, 4u8, 236u8, 175u8, 3u8, 143u8, 53u8,
                225u8, 25u8, 188u8, 204u8, 221u8, 94u8, 66u8, 9u8, 107u8, 36u8, 192u8,
                158u8, 60u8, 23u8, 253u8, 23u8, 198u8, 104u8, 76u8, 2u8,
            ],
            [
                117u8, 51u8, 177u8, 180u8, 130u8, 71u8, 57u8, 170u8, 108u8, 202u8, 169u8,
                254u8, 105u8, 235u8, 171u8, 247u8, 205u8, 134u8, 123u8, 60u8, 66u8,
                241u8, 130u8, 8u8, 176u8, 136u8, 241u8, 10u8, 46u8, 191u8, 81u8, 201u8,
            ],
            [
                160u8, 248u8, 211u8, 84u8, 230u8, 168u8, 151u8, 178u8, 157u8, 227u8,
                255u8, 166u8, 212u8, 97u8, 27u8, 64u8, 224u8, 94u8, 2u8, 190u8, 94u8,
                87u8, 141u8, 247u8, 44u8, 66u8, 120u8, 67u8, 116u8, 96u8, 128u8, 72u8,
            ],
            [
                174u8, 116u8, 57u8, 89u8, 21u8, 93u8, 38u8, 131u8, 74u8, 30u8, 171u8,
                82u8, 246u8, 28u8, 242u8, 74u8, 105u8, 100u8, 87u8, 51u8, 189u8, 161u8,
                244u8, 154u8, 34u8, 12u8, 75u8, 175u8, 168u8, 129u8, 7u8, 81u8,
            ],
            [
                184u8, 191u8, 228u8, 238u8, 155u8, 246u8, 70u8, 234u8, 236u8, 99u8,
                145u8, 174u8, 123u8, 183u8, 101u8, 248u8, 72u8, 161u8, 13u8, 171u8,
                248u8, 6u8, 84u8, 205u8, 205u8, 29u8, 162u8, 21u8, 144u8, 27u8, 105u8,
                20u8,
            ],
            [
                194u8, 18u8, 166u8, 35u8, 84u8, 56u8, 74u8, 180u8, 248u8, 39u8, 37u8,
                41u8, 65u8, 246u8, 248u8, 163u8, 20u8, 50u8, 188u8, 35u8, 62u8, 85u8,
                47u8, 100u8, 144u8, 8u8, 214u8, 56u8, 83u8, 44u8, 67u8, 41u8,
            ],
            [
                205u8, 93u8, 18u8, 42u8, 162u8, 70u8, 174u8, 62u8, 9u8, 142u8, 234u8,
                232u8, 108u8, 111u8, 25u8, 135u8, 12u8, 149u8, 12u8, 251u8, 250u8, 207u8,
                67u8, 204u8, 188u8, 249u8, 20u8, 169u8, 247u8, 228u8, 41u8, 138u8,
            ],
            [
                218u8, 114u8, 13u8, 49u8, 177u8, 56u8, 196u8, 202u8, 76u8, 94u8, 209u8,
                140u8, 172u8, 249u8, 227u8, 141u8, 233u8, 179u8, 239u8, 101u8, 231u8,
                241u8, 14u8, 180u8, 15u8, 199u8, 117u8, 61u8, 208u8, 63u8, 38u8, 117u8,
            ],
            [
                228u8, 194u8, 169u8, 154u8, 235u8, 16u8, 22u8, 63u8, 42u8, 213u8, 36u8,
                170u8, 31u8, 50u8, 133u8, 223u8, 26u8, 232u8, 186u8, 118u8, 197u8, 118u8,
                191u8, 193u8, 67u8, 147u8, 5u8, 201u8, 157u8, 207u8, 164u8, 205u8,
            ],
            [
                241u8, 134u8, 248u8, 79u8, 98u8, 8u8, 178u8, 29u8, 11u8, 145u8, 201u8,
                213u8, 214u8, 129u8, 17u8, 248u8, 129u8, 97u8, 143u8, 182u8, 90u8, 173u8,
                154u8, 21u8, 62u8, 80u8, 131u8, 168u8, 215u8, 236u8, 4u8, 224u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(FundsWithdrawn),
            ::core::stringify!(ProofSubmitted),
            ::core::stringify!(RequestFailed),
            ::core::stringify!(RandomnessCommitted),
            ::core::stringify!(StorageRequested),
            ::core::stringify!(SlotPaid),
            ::core::stringify!(RequestStarted),
            ::core::stringify!(SlotFilled),
            ::core::stringify!(SlotReserved),
            ::core::stringify!(SlotFreed),
            ::core::stringify!(ProofMissed),
            ::core::stringify!(SlotAbandoned),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <FundsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProofSubmitted as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestFailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RandomnessCommitted as alloy_sol_types::SolEvent>::SIGNATURE,
            <StorageRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotPaid as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotFilled as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotReserved as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotFreed as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProofMissed as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotAbandoned as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for MarketplaceEvents {
        const NAME: &'static str = "MarketplaceEvents";
        const COUNT: usize = 12usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<FundsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FundsWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FundsWithdrawn)
                }
                Some(<ProofMissed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProofMissed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProofMissed)
                }
                Some(<ProofSubmitted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProofSubmitted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProofSubmitted)
                }
                Some(
                    <RandomnessCommitted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <RandomnessCommitted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RandomnessCommitted)
                }
                Some(<RequestFailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestFailed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestFailed)
                }
                Some(<RequestStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestStarted)
                }
                Some(<SlotAbandoned as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotAbandoned as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotAbandoned)
                }
                Some(<SlotFilled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotFilled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotFilled)
                }
                Some(<SlotFreed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotFreed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotFreed)
                }
                Some(<SlotPaid as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotPaid as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::SlotPaid)
                }
                Some(<SlotReserved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotReserved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotReserved)
                }
                Some(<StorageRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <StorageRequested as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StorageRequested)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for MarketplaceEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::FundsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProofMissed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProofSubmitted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RandomnessCommitted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestFailed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotAbandoned(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotFilled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotFreed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotPaid(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotReserved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StorageRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::FundsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProofMissed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProofSubmitted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RandomnessCommitted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestFailed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotAbandoned(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotFilled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotFreed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotPaid(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotReserved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StorageRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Marketplace`](self) contract instance.

See the [wrapper's documentation](`MarketplaceInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> MarketplaceInstance<P, N> {
        MarketplaceInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token_: alloy::sol_types::private::Address,
        verifier_: alloy::sol_types::private::Address,
        config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<MarketplaceInstance<P, N>>,
    > {
        MarketplaceInstance::<P, N>::deploy(__provider, token_, verifier_, config_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token_: alloy::sol_types::private::Address,
        verifier_: alloy::sol_types::private::Address,
        config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        MarketplaceInstance::<
            P,
            N,
        >::deploy_builder(__provider, token_, verifier_, config_)
    }
    /**A [`Marketplace`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Marketplace`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct MarketplaceInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for MarketplaceInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("MarketplaceInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MarketplaceInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Marketplace`](self) contract instance.

See the [wrapper's documentation](`MarketplaceInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            token_: alloy::sol_types::private::Address,
            verifier_: alloy::sol_types::private::Address,
            config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::Result<MarketplaceInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                token_,
                verifier_,
                config_,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            token_: alloy::sol_types::private::Address,
            verifier_: alloy::sol_types::private::Address,
            config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            token_,
                            verifier_,
                            config_,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> MarketplaceInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> MarketplaceInstance<P, N> {
            MarketplaceInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MarketplaceInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`MAX_CID_LENGTH`] function.
        pub fn MAX_CID_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_CID_LENGTHCall, N> {
            self.call_builder(&MAX_CID_LENGTHCall)
        }
        ///Creates a new call builder for the [`MAX_PRICE`] function.
        pub fn MAX_PRICE(&self) -> alloy_contract::SolCallBuilder<&P, MAX_PRICECall, N> {
            self.call_builder(&MAX_PRICECall)
        }
        ///Creates a new call builder for the [`MAX_SLOTS`] function.
        pub fn MAX_SLOTS(&self) -> alloy_contract::SolCallBuilder<&P, MAX_SLOTSCall, N> {
            self.call_builder(&MAX_SLOTSCall)
        }
        ///Creates a new call builder for the [`SNARK_SCALAR_FIELD`] function.
        pub fn SNARK_SCALAR_FIELD(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, SNARK_SCALAR_FIELDCall, N> {
            self.call_builder(&SNARK_SCALAR_FIELDCall)
        }
        ///Creates a new call builder for the [`clientPayout`] function.
        pub fn clientPayout(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, clientPayoutCall, N> {
            self.call_builder(&clientPayoutCall { requestId })
        }
        ///Creates a new call builder for the [`commitRandomness`] function.
        pub fn commitRandomness(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, commitRandomnessCall, N> {
            self.call_builder(&commitRandomnessCall)
        }
        ///Creates a new call builder for the [`config`] function.
        pub fn config(&self) -> alloy_contract::SolCallBuilder<&P, configCall, N> {
            self.call_builder(&configCall)
        }
        ///Creates a new call builder for the [`currentPeriod`] function.
        pub fn currentPeriod(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, currentPeriodCall, N> {
            self.call_builder(&currentPeriodCall)
        }
        ///Creates a new call builder for the [`fillSlot`] function.
        pub fn fillSlot(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
            proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, fillSlotCall, N> {
            self.call_builder(
                &fillSlotCall {
                    requestId,
                    slotIndex,
                    proof,
                },
            )
        }
        ///Creates a new call builder for the [`freeSlot`] function.
        pub fn freeSlot(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, freeSlotCall, N> {
            self.call_builder(&freeSlotCall { id })
        }
        ///Creates a new call builder for the [`getActiveSlot`] function.
        pub fn getActiveSlot(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getActiveSlotCall, N> {
            self.call_builder(&getActiveSlotCall { id })
        }
        ///Creates a new call builder for the [`getChallenge`] function.
        pub fn getChallenge(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getChallengeCall, N> {
            self.call_builder(&getChallengeCall { id })
        }
        ///Creates a new call builder for the [`getChallengeIn`] function.
        pub fn getChallengeIn(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getChallengeInCall, N> {
            self.call_builder(&getChallengeInCall { id, period })
        }
        ///Creates a new call builder for the [`getHost`] function.
        pub fn getHost(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getHostCall, N> {
            self.call_builder(&getHostCall { id })
        }
        ///Creates a new call builder for the [`getRequest`] function.
        pub fn getRequest(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRequestCall, N> {
            self.call_builder(&getRequestCall { requestId })
        }
        ///Creates a new call builder for the [`getRequestInfo`] function.
        pub fn getRequestInfo(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRequestInfoCall, N> {
            self.call_builder(&getRequestInfoCall { requestId })
        }
        ///Creates a new call builder for the [`getReservations`] function.
        pub fn getReservations(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getReservationsCall, N> {
            self.call_builder(&getReservationsCall { id })
        }
        ///Creates a new call builder for the [`getSlot`] function.
        pub fn getSlot(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getSlotCall, N> {
            self.call_builder(&getSlotCall { id })
        }
        ///Creates a new call builder for the [`isProofRequired`] function.
        pub fn isProofRequired(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, isProofRequiredCall, N> {
            self.call_builder(&isProofRequiredCall { id })
        }
        ///Creates a new call builder for the [`isProofRequiredIn`] function.
        pub fn isProofRequiredIn(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isProofRequiredInCall, N> {
            self.call_builder(
                &isProofRequiredInCall {
                    id,
                    period,
                },
            )
        }
        ///Creates a new call builder for the [`markProofAsMissing`] function.
        pub fn markProofAsMissing(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, markProofAsMissingCall, N> {
            self.call_builder(
                &markProofAsMissingCall {
                    id,
                    period,
                },
            )
        }
        ///Creates a new call builder for the [`missingProofs`] function.
        pub fn missingProofs(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, missingProofsCall, N> {
            self.call_builder(&missingProofsCall { id })
        }
        ///Creates a new call builder for the [`periodEnd`] function.
        pub fn periodEnd(
            &self,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, periodEndCall, N> {
            self.call_builder(&periodEndCall { period })
        }
        ///Creates a new call builder for the [`periodSeed`] function.
        pub fn periodSeed(
            &self,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, periodSeedCall, N> {
            self.call_builder(&periodSeedCall { period })
        }
        ///Creates a new call builder for the [`periodStart`] function.
        pub fn periodStart(
            &self,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, periodStartCall, N> {
            self.call_builder(&periodStartCall { period })
        }
        ///Creates a new call builder for the [`proofReceived`] function.
        pub fn proofReceived(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proofReceivedCall, N> {
            self.call_builder(&proofReceivedCall { id, period })
        }
        ///Creates a new call builder for the [`requestState`] function.
        pub fn requestState(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, requestStateCall, N> {
            self.call_builder(&requestStateCall { requestId })
        }
        ///Creates a new call builder for the [`requestStorage`] function.
        pub fn requestStorage(
            &self,
            request: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, requestStorageCall, N> {
            self.call_builder(&requestStorageCall { request })
        }
        ///Creates a new call builder for the [`reserveSlot`] function.
        pub fn reserveSlot(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
        ) -> alloy_contract::SolCallBuilder<&P, reserveSlotCall, N> {
            self.call_builder(
                &reserveSlotCall {
                    requestId,
                    slotIndex,
                },
            )
        }
        ///Creates a new call builder for the [`slotId`] function.
        pub fn slotId(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
        ) -> alloy_contract::SolCallBuilder<&P, slotIdCall, N> {
            self.call_builder(&slotIdCall { requestId, slotIndex })
        }
        ///Creates a new call builder for the [`slotPayout`] function.
        pub fn slotPayout(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, slotPayoutCall, N> {
            self.call_builder(&slotPayoutCall { id })
        }
        ///Creates a new call builder for the [`slotState`] function.
        pub fn slotState(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, slotStateCall, N> {
            self.call_builder(&slotStateCall { id })
        }
        ///Creates a new call builder for the [`slotStateAt`] function.
        pub fn slotStateAt(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
        ) -> alloy_contract::SolCallBuilder<&P, slotStateAtCall, N> {
            self.call_builder(
                &slotStateAtCall {
                    requestId,
                    slotIndex,
                },
            )
        }
        ///Creates a new call builder for the [`submitProof`] function.
        pub fn submitProof(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, submitProofCall, N> {
            self.call_builder(&submitProofCall { id, proof })
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`verifier`] function.
        pub fn verifier(&self) -> alloy_contract::SolCallBuilder<&P, verifierCall, N> {
            self.call_builder(&verifierCall)
        }
        ///Creates a new call builder for the [`willProofBeRequired`] function.
        pub fn willProofBeRequired(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, willProofBeRequiredCall, N> {
            self.call_builder(&willProofBeRequiredCall { id })
        }
        ///Creates a new call builder for the [`withdrawFunds`] function.
        pub fn withdrawFunds(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawFundsCall, N> {
            self.call_builder(&withdrawFundsCall { requestId })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MarketplaceInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`FundsWithdrawn`] event.
        pub fn FundsWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, FundsWithdrawn, N> {
            self.event_filter::<FundsWithdrawn>()
        }
        ///Creates a new event filter for the [`ProofMissed`] event.
        pub fn ProofMissed_filter(&self) -> alloy_contract::Event<&P, ProofMissed, N> {
            self.event_filter::<ProofMissed>()
        }
        ///Creates a new event filter for the [`ProofSubmitted`] event.
        pub fn ProofSubmitted_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProofSubmitted, N> {
            self.event_filter::<ProofSubmitted>()
        }
        ///Creates a new event filter for the [`RandomnessCommitted`] event.
        pub fn RandomnessCommitted_filter(
            &self,
        ) -> alloy_contract::Event<&P, RandomnessCommitted, N> {
            self.event_filter::<RandomnessCommitted>()
        }
        ///Creates a new event filter for the [`RequestFailed`] event.
        pub fn RequestFailed_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestFailed, N> {
            self.event_filter::<RequestFailed>()
        }
        ///Creates a new event filter for the [`RequestStarted`] event.
        pub fn RequestStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestStarted, N> {
            self.event_filter::<RequestStarted>()
        }
        ///Creates a new event filter for the [`SlotAbandoned`] event.
        pub fn SlotAbandoned_filter(
            &self,
        ) -> alloy_contract::Event<&P, SlotAbandoned, N> {
            self.event_filter::<SlotAbandoned>()
        }
        ///Creates a new event filter for the [`SlotFilled`] event.
        pub fn SlotFilled_filter(&self) -> alloy_contract::Event<&P, SlotFilled, N> {
            self.event_filter::<SlotFilled>()
        }
        ///Creates a new event filter for the [`SlotFreed`] event.
        pub fn SlotFreed_filter(&self) -> alloy_contract::Event<&P, SlotFreed, N> {
            self.event_filter::<SlotFreed>()
        }
        ///Creates a new event filter for the [`SlotPaid`] event.
        pub fn SlotPaid_filter(&self) -> alloy_contract::Event<&P, SlotPaid, N> {
            self.event_filter::<SlotPaid>()
        }
        ///Creates a new event filter for the [`SlotReserved`] event.
        pub fn SlotReserved_filter(&self) -> alloy_contract::Event<&P, SlotReserved, N> {
            self.event_filter::<SlotReserved>()
        }
        ///Creates a new event filter for the [`StorageRequested`] event.
        pub fn StorageRequested_filter(
            &self,
        ) -> alloy_contract::Event<&P, StorageRequested, N> {
            self.event_filter::<StorageRequested>()
        }
    }
}
