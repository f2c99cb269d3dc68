# Second batch (x*): deception.clickbait.  Fake prizes, fake system and
# account alerts, fake UI (buttons, close Xs, progress bars), resetting
# countdowns, "doctors hate" bait, fake delivery/toll/tax notices,
# sensational bait and election misinformation.  Real deadlines, real
# stock levels and real sweepstakes with official rules are compliant (x04).
DATA = r"""
@ vertical=content_arbitrage lang=en
Ⓧ Close Ad | Tap anywhere to dismiss. (Tapping opens the offer page.) | cb
[ Skip Ad in 5 ] | This ad can't be skipped. Tap here to continue to your video. | cb
Download ⬇ 100% Complete | Your file is ready. Press Allow to save it to your device. | cb
Video Paused: Verify You're Human | Press Allow to keep watching. Notifications required. | cb
Your Screen Is Cracked (Tap to Check) | Free diagnostic detected 2 fractures. Repair now. | cb
Memory Overload: 14 Apps Frozen | Your phone will shut down in 3 minutes unless you install Booster Pro. | cb
Chrome Cannot Continue | Font missing: 'HeLLvetica.ttf'. Download the font pack to view this page. | cb
Router Compromised | Someone on your network is watching you. Secure it with one tap. | cb
Your iCloud Photos Were Shared | 23 private photos are visible to the public. Tap to review who saw them. | cb
Congratulations, Android User | You were randomly chosen for a Samsung Galaxy S25. Reply in 2:00 minutes. | cb
~Selected Android User: Claim Your Galaxy | You were picked at random. Respond within 2 minutes. | cb
Spin to Win: 1 Spin Left | Everyone wins something. Your last chance to spin expires today. | cb
Scratch Card: You Matched 3! | Claim your $500 voucher before it's given to the next visitor. | cb
Your Loyalty Points Expire Tonight | 48,200 points ready to redeem for a TV. Confirm card to pay shipping. | cb
Only 1 Room Left at This Price | 84 other people are looking right now. Timer: 04:59. | cb
~84 People Looking, 1 Room Left | Price locked for 04:59. Book before it's gone. | cb
Ends in 00:09:59 | The countdown resets every time you reload, but don't test it. | cb
Last 3 Units Ever | We will never restock this. (We restock every week.) | cb
Doctors Are Furious About This Kitchen Trick | A 10-second morning ritual the pharma giants tried to ban. | cb, hc
Dentists Don't Want You to See This | Whiten teeth at home with one pantry item. Video removed soon. | cb
Electricians Hate This $19 Gadget | Plug it in and watch your bill drop in half. | cb
Tap If You Were Born Before 1985 | You may be owed a hidden pension payment. See how much. | cb
One Weird Trick to Erase Wrinkles | Surgeons are losing clients because of it. | cb, hc
Famous Chef Arrested on Live TV | The moment that shocked the network. Watch the full clip. | cb
Look What Happened to Her Face | The child star is unrecognisable. Number 7 will shock you. | cb
They Found Something Under the Ice | Scientists won't say what it is. See the photos. | cb
This 1 Photo Got Him Fired | And you won't believe who posted it. | cb
30 Celebrities Who Died and You Didn't Know | Number 14 will break your heart. | cb
@ vertical=logistics lang=en
Delivery Attempt Failed: Parcel #DH48211 | Address incomplete. Confirm details and pay $1.20 to reschedule. | cb
Customs Fee Pending | Your international package is held. Pay $2.99 within 24 hours or it will be returned. | cb
Toll Notice: Unpaid Balance $4.15 | Avoid a $50 late fee. Pay now via the secure link. | cb
Post Office: Package on Hold | We tried to deliver your parcel. Tap to pick a new date. | cb
@ vertical=finance lang=en
Tax Refund Notice: $842.16 | The revenue office has processed your refund. Confirm bank details today. | cb
Your Card Has Been Charged $499 | Not you? Call our fraud line now to cancel the transaction. | cb
Unusual Sign-In Detected | Someone in another country accessed your bank. Verify now or lose access. | cb
Your Credit Score Just Dropped 112 Points | See what happened before lenders do. | cb
@ vertical=mobile_apps lang=en
You Have 1 New Voicemail | Tap to listen. (Sent from an unknown number.) | cb
Friend Request From Someone You Know | She's been looking at your profile. See who. | cb
Your Phone Is Being Tracked | 3 apps are sending your location. Remove them with our cleaner. | cb
Free Robux, No Verification | Enter your username and get 10,000 Robux instantly. | cb
Battery Drained by Hidden Virus | Your battery has 2 hours left. Install the fix to save it. | cb
@ vertical=retail lang=en
Mystery Box: 90% Chance of an iPhone | Just $9.99 to open. Everyone is winning today. | cb
$1 Designer Bag Auction | Ends in 60 seconds. Bid now before anyone else sees this. | cb
Free Trial Watch, Just Pay Postage | Luxury chronograph, 100% free. Enter card for $3.95 shipping. | cb
Amazon Warehouse Liquidation | Pallets of returned electronics for $19. Stock disappearing fast. | cb
@ vertical=politics lang=en
Vote From Your Couch | Text your choice to 53302 and your vote counts. No need to go to the polls. | cb, pol
Polling Places Closed Early for Renters | New rule: if you rent, you must vote by mail before Sunday. | cb, pol
Your Registration Was Cancelled | Re-register by clicking here or you won't be allowed to vote Tuesday. | cb, pol
@ vertical=content_arbitrage lang=en tricky=1
✅ Y0u've been s3lected | Claim your Costco reward before midnight. | cb
W1NNER 🏆 #00041 | Confirm address to ship your prize. | cb
🛑 Tr0jan found in Gallery.app 🛑 | Your selfies are being uploaded. Stop it now. | cb
📦 P@ckage on hold | Pay $0.99 to release delivery. | cb
🎁 Fr33 g1ft card $750 🎁 | 3 questions, 30 seconds. | cb
(1) n e w  m e s s a g e | Someone you know sent you something. | cb
Acc0unt l0cked 🔒 | Verify within 2 hours to avoid deletion. | cb
Clck hre 2 claim ur refund | Government refund waiting for you. | cb
⏸ 0:07 / 3:12 (just an image) | The bride's father grabbed the mic and then... | cb
Y0u won't b3lieve #9 🤯 | Pics taken at exactly the right moment. | cb
@ vertical=content_arbitrage lang=es
¡Felicidades! Has Sido Seleccionado | Gana un Samsung nuevo respondiendo 3 preguntas. Quedan 2 minutos. | cb
Tu Paquete Está Retenido | Paga 1,99 € para reprogramar la entrega. | cb
@ vertical=content_arbitrage lang=fr
Votre Colis Chronopost Est Bloqué | Frais de douane impayés de 1,99 €. Réglez sous 24 h. | cb
@ vertical=content_arbitrage lang=de
Ihr Konto Wird Gesperrt | Ungewöhnliche Aktivität festgestellt. Bestätigen Sie Ihre Daten innerhalb von 2 Stunden. | cb
@ vertical=content_arbitrage lang=pt
Seu CPF Está Bloqueado | Regularize agora para não perder o acesso à sua conta. | cb
@ vertical=content_arbitrage lang=it
Multa Non Pagata | Hai un pedaggio in sospeso di 3,20 €. Paga ora per evitare la sanzione. | cb
"""
